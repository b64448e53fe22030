package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "0944 123 456, +963944123456",
        "+963 944-123-456, +963944123456",
        "00963944123456, +963944123456",
        "944123456, +963944123456",
        "(+961) 3 123 456, +9613123456",
        "+90 532 123 45 67, +905321234567",
        "٠٩٤٤١٢٣٤٥٦, +963944123456",
        "۰۹۴۴۱۲۳۴۵۶, +963944123456"
    })
    void bringsCommonWritingsToE164(String written, String expected) {
        assertThat(PhoneNumbers.normalise(written)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "12", "+0 123 456 789", "09441234567890123456", "944-ABC-123"})
    void refusesWhatIsNoPhoneNumber(String written) {
        assertThat(PhoneNumbers.normalise(written)).isEmpty();
    }
}
