package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDateTest {

    @Test
    void keepsThePrecisionOfWhatIsKnown() {
        assertThat(BirthDate.parse("1985").orElseThrow())
                .isEqualTo(new BirthDate(LocalDate.of(1985, 1, 1), DatePrecision.YEAR));
        assertThat(BirthDate.parse("1985-07").orElseThrow())
                .isEqualTo(new BirthDate(LocalDate.of(1985, 7, 1), DatePrecision.MONTH));
        assertThat(BirthDate.parse(" 1985-07-09 ").orElseThrow().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(BirthDate.parse("").orElseThrow()).isEqualTo(BirthDate.UNKNOWN);
    }

    @Test
    void rejectsImpossibleOrForeignlyWrittenDates() {
        assertThat(BirthDate.parse("1985-02-30")).isEmpty();
        assertThat(BirthDate.parse("1985-13")).isEmpty();
        assertThat(BirthDate.parse("30/01/1985")).isEmpty();
        assertThat(BirthDate.parse("85")).isEmpty();
    }

    @Test
    void writesBackAsPreciselyAsItWasRead() {
        for (String text : new String[] {"1985", "1985-07", "1985-07-09", ""}) {
            assertThat(BirthDate.parse(text).orElseThrow().format()).isEqualTo(text);
        }
    }

    @Test
    void aYearOnlyDateIsInTheFutureOnlyWhenItsFirstDayIs() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(BirthDate.parse("2026").orElseThrow().isAfter(today)).isFalse();
        assertThat(BirthDate.parse("2027").orElseThrow().isAfter(today)).isTrue();
        assertThat(BirthDate.parse("2026-11-30").orElseThrow().isAfter(today)).isTrue();
    }
}
