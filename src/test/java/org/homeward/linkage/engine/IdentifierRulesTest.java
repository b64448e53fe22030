package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, phones, documents and places: each standardisation rule with real shapes. */
class IdentifierRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0944 123 456,+963944123456",
        "+963-944-123456,+963944123456",
        "00963944123456,+963944123456",
        "944123456,+963944123456",
        "٠٩٤٤١٢٣٤٥٦,+963944123456",
        "(0944) 123-456,+963944123456",
        "+49 170 1234567,+491701234567",
        "12,''"
    })
    void phonesInAnyFormatBecomeE164(String written, String expected) {
        assertThat(Identifiers.phone(written)).isEqualTo(expected);
    }

    @Test
    void documentNumbersKeepLettersAndDigitsOnly() {
        assertThat(Identifiers.document(" 01-234 567/89 ")).isEqualTo("0123456789");
        assertThat(Identifiers.document("n° ab12")).isEqualTo("NAB12");
        assertThat(Identifiers.document("٠١٢٣")).isEqualTo("0123");
    }

    @Test
    void sexIsReadInBothLanguages() {
        assertThat(Identifiers.sex("ذكر")).isEqualTo('M');
        assertThat(Identifiers.sex("أنثى")).isEqualTo('F');
        assertThat(Identifiers.sex("female")).isEqualTo('F');
        assertThat(Identifiers.sex("")).isEqualTo((char) 0);
    }

    @Test
    void datesKeepTheirPrecision() {
        assertThat(LinkageDate.parse("1985", "iso").precision()).isEqualTo(LinkageDate.Precision.YEAR);
        assertThat(LinkageDate.parse("1985-03", "iso").precision()).isEqualTo(LinkageDate.Precision.MONTH);
        assertThat(LinkageDate.parse("1985-03-14", "iso").precision()).isEqualTo(LinkageDate.Precision.DAY);
        assertThat(LinkageDate.parse("19850314", "yyyyMMdd")).isEqualTo(LinkageDate.of(1985, 3, 14));
        assertThat(LinkageDate.parse("14/03/1985", "dd/MM/yyyy")).isEqualTo(LinkageDate.of(1985, 3, 14));
        assertThat(LinkageDate.parse("not a date", "iso").isKnown()).isFalse();
    }

    @Test
    void firstOfJanuaryIsAPlaceholderForTheYear() {
        assertThat(LinkageDate.parse("1985-01-01", "iso")).isEqualTo(LinkageDate.parse("1985", "iso"));
        assertThat(BirthDateComparator.level(
                        LinkageDate.parse("1985-01-01", "iso"), LinkageDate.parse("1985-06-30", "iso")))
                .isEqualTo(BirthDateComparator.SAME_YEAR);
    }

    @Test
    void birthDateLevelsRecogniseSwapsSlipsAndPrecision() {
        LinkageDate day = LinkageDate.of(1985, 3, 7);
        assertThat(BirthDateComparator.level(day, LinkageDate.of(1985, 3, 7))).isEqualTo(BirthDateComparator.SAME_DAY);
        assertThat(BirthDateComparator.level(day, LinkageDate.of(1985, 7, 3))).isEqualTo(BirthDateComparator.SLIP);
        assertThat(BirthDateComparator.level(day, LinkageDate.of(1958, 3, 7))).isEqualTo(BirthDateComparator.SLIP);
        assertThat(BirthDateComparator.level(day, LinkageDate.of(1985, 3, 0)))
                .isEqualTo(BirthDateComparator.SAME_MONTH);
        assertThat(BirthDateComparator.level(day, LinkageDate.of(1985, 0, 0))).isEqualTo(BirthDateComparator.SAME_YEAR);
        assertThat(BirthDateComparator.level(day, LinkageDate.of(1986, 11, 20)))
                .isEqualTo(BirthDateComparator.YEARS_APART);
        assertThat(BirthDateComparator.level(day, LinkageDate.of(1970, 11, 20)))
                .isEqualTo(BirthDateComparator.DIFFERENT);
        assertThat(BirthDateComparator.level(day, LinkageDate.UNKNOWN)).isEqualTo(BirthDateComparator.MISSING);
    }

    @Test
    void codesAgreeOnASlipAndPlacesOnTheUnitAround() {
        assertThat(CodeComparator.level("123456", "123465")).isEqualTo(CodeComparator.SLIP);
        assertThat(CodeComparator.level("123456", "12356")).isEqualTo(CodeComparator.SLIP);
        assertThat(CodeComparator.level("123456", "654321")).isEqualTo(CodeComparator.DIFFERENT);
        assertThat(CodeComparator.placeLevel("SY0101", "SY010100")).isEqualTo(CodeComparator.SLIP);
        assertThat(CodeComparator.level("", "1")).isEqualTo(CodeComparator.MISSING);
    }
}
