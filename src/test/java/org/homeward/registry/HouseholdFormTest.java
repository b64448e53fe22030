package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void takesAnAgeForAnUnknownBirthDateAsTheYearOfBirth() {
        assertThat(birthDateSent(null, "9")).isEqualTo("2017");
        assertThat(birthDateSent("", "٣٤")).as("Arabic-Indic digits").isEqualTo("1992");
        assertThat(BirthDate.parse(birthDateSent(null, "0")).orElseThrow().precision())
                .isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void keepsATypedBirthDateOverAnAge() {
        assertThat(birthDateSent("2015-03", "9")).isEqualTo("2015-03");
    }

    @Test
    void passesAnAgeThatIsNoNumberOfYearsOnSoThatTheBirthDateIsRefused() {
        assertThat(birthDateSent(null, "nine")).isEqualTo("nine");
        assertThat(birthDateSent(null, "400")).isEqualTo("400");
        assertThat(BirthDate.parse(birthDateSent(null, "400"))).isEmpty();
    }

    @Test
    void asksConsentOnlyWhenAQuestionWasAnswered() {
        HouseholdForm form = HouseholdForm.withPrincipal();
        assertThat(form.consentOrNull()).isNull();
        form.setConsentMethod("VERBAL");
        form.setConsentPurposes(List.of("REFERRAL"));
        form.setConsentPartners(" UNHCR , ,NRC ");
        ConsentRequest consent = form.consentOrNull();
        assertThat(consent.partners()).containsExactly("UNHCR", "NRC");
        assertThat(consent.purposes()).containsExactly("REFERRAL");
    }

    private static String birthDateSent(String birthDate, String age) {
        HouseholdForm form = HouseholdForm.withPrincipal();
        form.getMembers().get(0).setBirthDate(birthDate);
        form.getMembers().get(0).setAge(age);
        return form.toRequest(TODAY).members().get(0).birthDate();
    }
}
