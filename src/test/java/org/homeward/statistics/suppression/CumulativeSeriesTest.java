package org.homeward.statistics.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CumulativeSeriesTest {

    @Test
    void runsOnWhenNothingIsHidden() {
        assertThat(CumulativeSeries.of(new long[] {5, 10, 20}, new boolean[3], false))
                .containsExactly(5L, 15L, 35L);
    }

    @Test
    void hidesRunningTotalsBetweenTheFirstAndTheLastHiddenPeriod() {
        // Periods 1 and 3 hidden (values 3 and 7). Running totals: 10, 13, 33, 40, 90. Publishing 13 next to 10 would
        // give back 3; publishing 33 would give 3 + 20 and so 3 again. From period 3 on the totals reveal only the
        // sum 3 + 7, which the grand total already does.
        Long[] running = CumulativeSeries.of(
                new long[] {10, 3, 20, 7, 50}, new boolean[] {false, true, false, true, false}, false);
        assertThat(running).containsExactly(10L, null, null, 40L, 90L);
    }

    @Test
    void keepsTheTailHiddenWhenTheGrandTotalIsHidden() {
        Long[] running = CumulativeSeries.of(new long[] {10, 3, 2}, new boolean[] {false, true, true}, true);
        assertThat(running).containsExactly(10L, null, null);
    }
}
