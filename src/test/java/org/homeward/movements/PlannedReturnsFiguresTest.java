package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannedReturnsFiguresTest {

    @Test
    void spreadsAMonthsTargetOverItsIsoWeeksByDaysAndKeepsTheTotal() {
        // March 2027: Mon 1 to Wed 31, so weeks 09..12 have seven days each and week 13 has three.
        Map<String, Long> shares = PlannedReturnsFigures.weeklyShares(YearMonth.of(2027, 3), 1000);
        assertThat(shares).containsOnlyKeys("2027-W09", "2027-W10", "2027-W11", "2027-W12", "2027-W13");
        assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
        assertThat(shares.get("2027-W13")).isEqualTo(96);
        assertThat(shares.get("2027-W09")).isEqualTo(226);
    }

    @Test
    void givesAFewPersonsToTheWeeksWithTheMostDaysFirst() {
        // January 2027 starts on a Friday: its first three days belong to the last ISO week of 2026.
        Map<String, Long> shares = PlannedReturnsFigures.weeklyShares(YearMonth.of(2027, 1), 2);
        assertThat(shares.get("2026-W53")).isZero();
        assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
    }

    @Test
    void namesWeeksAsTheDatabaseDoes() {
        assertThat(PlannedReturnsFigures.week(LocalDate.of(2027, 2, 1))).isEqualTo("2027-W05");
        assertThat(PlannedReturnsFigures.week(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }
}
