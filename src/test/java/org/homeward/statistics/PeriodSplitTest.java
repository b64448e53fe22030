package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodSplitTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void readsWholeMonthsFromMonthRowsAndTheOddDaysFromDayRows() {
        PeriodSplit split = PeriodSplit.of(day("2024-01-15"), day("2024-06-10"), false);
        assertThat(split.firstMonth()).isEqualTo(day("2024-02-01"));
        assertThat(split.lastMonth()).isEqualTo(day("2024-05-01"));
        assertThat(split.dayRanges()).hasSize(2);
        assertThat(split.dayRanges().get(0)).containsExactly(day("2024-01-15"), day("2024-01-31"));
        assertThat(split.dayRanges().get(1)).containsExactly(day("2024-06-01"), day("2024-06-10"));
    }

    @Test
    void aPeriodOfWholeMonthsNeedsNoDays() {
        PeriodSplit split = PeriodSplit.of(day("2024-01-01"), day("2024-12-31"), false);
        assertThat(split.firstMonth()).isEqualTo(day("2024-01-01"));
        assertThat(split.lastMonth()).isEqualTo(day("2024-12-01"));
        assertThat(split.dayRanges()).isEmpty();
    }

    @Test
    void aPeriodWithinTwoMonthsIsReadByDays() {
        PeriodSplit split = PeriodSplit.of(day("2024-03-06"), day("2024-04-15"), false);
        assertThat(split.hasMonths()).isFalse();
        assertThat(split.dayRanges().get(0)).containsExactly(day("2024-03-06"), day("2024-04-15"));
    }

    @Test
    void weeksAndDaysAreAlwaysReadByDays() {
        PeriodSplit split = PeriodSplit.of(day("2024-01-01"), day("2024-12-31"), true);
        assertThat(split.hasMonths()).isFalse();
        assertThat(split.dayRanges().get(0)).containsExactly(day("2024-01-01"), day("2024-12-31"));
    }
}
