package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhoneNumberMakerTest {

    /** The reading the registry applies: spaces go, 00 means +, a leading 0 means Syria. */
    static String normalise(String written) {
        String digits = written.replaceAll("[\\s().\\-/]", "");
        if (digits.startsWith("+")) {
            return digits;
        }
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        return digits.startsWith("0") ? "+963" + digits.substring(1) : digits;
    }

    @Test
    void makesMobileNumbersWithEachCountrysPrefixAndLength() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 2_000; i++) {
            assertThat(PhoneNumberMaker.mobile("SYR", random)).matches("\\+9639[345689]\\d{7}");
            assertThat(PhoneNumberMaker.mobile("LBN", random)).matches("\\+961(3\\d{6}|(70|71|76|78|79|81)\\d{6})");
            assertThat(PhoneNumberMaker.mobile("TUR", random)).matches("\\+905[0345]\\d{8}");
            assertThat(PhoneNumberMaker.mobile("JOR", random)).matches("\\+9627[789]\\d{7}");
            assertThat(PhoneNumberMaker.mobile("IRQ", random)).matches("\\+9647[5789]\\d{8}");
            assertThat(PhoneNumberMaker.mobile("EGY", random)).matches("\\+201[0125]\\d{8}");
            assertThat(PhoneNumberMaker.mobile("CHE", random)).startsWith("+963");
        }
    }

    @Test
    void everyWrittenFormReadsBackToTheSameNumber() {
        SplittableRandom random = new SplittableRandom(2);
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (String country : new String[] {"SYR", "LBN", "TUR", "JOR", "IRQ", "EGY", "DEU"}) {
            for (int i = 0; i < 500; i++) {
                String number = PhoneNumberMaker.mobile(country, random);
                String written = PhoneNumberMaker.written(number, random);
                assertThat(normalise(written)).as(written).isEqualTo(number);
                forms.add(written.replaceAll("\\d", "9"));
            }
        }
        assertThat(forms).as("numbers are written in several ways").hasSizeGreaterThan(8);
    }

    @Test
    void foreignNumbersAreNeverWrittenWithoutTheirCountryCode() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            String written = PhoneNumberMaker.written(PhoneNumberMaker.mobile("LBN", random), random);
            assertThat(written).startsWith(written.startsWith("00") ? "00961" : "+961");
        }
    }
}
