package org.homeward.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllocationWeightsTest {

    @Test
    void countsVulnerabilityAndWholeMonthsWaitedUpToTheCap() {
        AllocationWeights weights = AllocationWeights.defaults();

        assertThat(weights.priorityPerPerson(2, 59)).isEqualTo(2 * 100 + 1 * 20);
        assertThat(weights.priorityPerPerson(0, 10_000)).isEqualTo(24 * 20);
    }

    @Test
    void placesPeopleFirstWithTheDefaultsForSyrianDistancesAndLargeHouseholds() {
        // Largest household 12, priority up to 4, 900 km across the country:
        // 11 x (400 + 480) + 12 x (900 + 30 + 15) = 9,680 + 11,340 = 21,020 < 25,000.
        assertThat(AllocationWeights.defaults().placesPeopleFirst(12, 4, 900)).isTrue();
        assertThat(AllocationWeights.defaults().placesPeopleFirst(20, 4, 900)).isFalse();
    }

    @Test
    void rejectsNegativeOrInfiniteWeights() {
        assertThatThrownBy(() -> new AllocationWeights(1, 1, 1, 1, -1, 1, 1)).hasMessageContaining("distance");
        assertThatThrownBy(() -> new AllocationWeights(Double.POSITIVE_INFINITY, 1, 1, 1, 1, 1, 1))
                .hasMessageContaining("leftWaiting");
    }
}
