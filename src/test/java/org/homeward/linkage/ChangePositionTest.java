package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.homeward.linkage.ChangePosition.Gap;
import org.junit.jupiter.api.Test;

class ChangePositionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T23:00:00Z");
    private static final Duration PATIENCE = Duration.ofHours(1);

    @Test
    void numbersSkippedBelowTheHighestSeenAreAskedForUntilTheyCommit() {
        ChangePosition position = new ChangePosition(10);

        position.advance(new TreeSet<>(List.of(11L, 12L, 15L, 18L)), NOW, PATIENCE);

        assertThat(position.seen()).isEqualTo(18);
        assertThat(position.gaps()).containsExactly(new Gap(13, 14, NOW), new Gap(16, 17, NOW));

        position.advance(new TreeSet<>(List.of(14L, 16L, 19L)), NOW.plusSeconds(5), PATIENCE);

        assertThat(position.seen()).isEqualTo(19);
        assertThat(position.gaps())
                .as("what filled is no longer asked for; when first missed is kept")
                .containsExactly(new Gap(13, 13, NOW), new Gap(17, 17, NOW));
    }

    @Test
    void aGapThatNeverFillsIsGivenUpAfterThePatience() {
        ChangePosition position = new ChangePosition(0);
        position.advance(new TreeSet<>(List.of(1L, 3L)), NOW, PATIENCE);
        assertThat(position.gaps()).containsExactly(new Gap(2, 2, NOW));

        position.advance(new TreeSet<>(), NOW.plus(PATIENCE).plusSeconds(1), PATIENCE);

        assertThat(position.gaps()).isEmpty();
        assertThat(position.seen()).isEqualTo(3);
    }

    @Test
    void nothingReadLeavesThePositionWhereItWas() {
        ChangePosition position = new ChangePosition(7);

        position.advance(new TreeSet<>(), NOW, PATIENCE);

        assertThat(position.seen()).isEqualTo(7);
        assertThat(position.gaps()).isEmpty();
    }

    @Test
    void onlyTheNewestGapsAreKeptWhenThereAreTooMany() {
        ChangePosition position = new ChangePosition(0);
        TreeSet<Long> everyOther = new TreeSet<>();
        for (long id = 2; id <= 2 * (ChangePosition.MAXIMUM_GAPS + 10); id += 2) {
            everyOther.add(id);
        }

        position.advance(everyOther, NOW, PATIENCE);

        assertThat(position.gaps()).hasSize(ChangePosition.MAXIMUM_GAPS);
        assertThat(position.gaps().get(0).from()).isEqualTo(21);
    }
}
