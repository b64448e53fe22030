package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordIdsTest {

    /** PostgreSQL orders uuid values by their bytes, unsigned, most significant first. */
    private static int compareAsPostgres(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Test
    void identifiersAreVersionSevenAndCarryTheirMillisecond() {
        long millis = 1_795_000_000_123L;
        UUID id = new RecordIds(() -> millis, new SecureRandom()).nextId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void manyIdentifiersInOneMillisecondStillGrowAndNeverRepeat() {
        RecordIds ids = new RecordIds(() -> 1_795_000_000_000L, new SecureRandom());
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            made.add(ids.nextId());
        }
        Set<UUID> distinct = new HashSet<>(made);
        assertThat(distinct).hasSize(made.size());
        for (int i = 1; i < made.size(); i++) {
            assertThat(compareAsPostgres(made.get(i - 1), made.get(i)))
                    .as("identifier %d", i)
                    .isNegative();
            assertThat(made.get(i).version()).isEqualTo(7);
            assertThat(made.get(i).variant()).isEqualTo(2);
        }
    }

    @Test
    void aClockThatGoesBackDoesNotMakeIdentifiersGoBack() {
        long[] clock = {1_795_000_000_500L};
        RecordIds ids = new RecordIds(() -> clock[0], new SecureRandom());
        UUID before = ids.nextId();
        clock[0] -= 60_000;
        UUID after = ids.nextId();

        assertThat(compareAsPostgres(before, after)).isNegative();
    }

    @Test
    void identifiersOfTheSameMillisecondDifferInTheirRandomPart() {
        RecordIds first = new RecordIds(() -> 1_795_000_000_000L, new SecureRandom());
        RecordIds second = new RecordIds(() -> 1_795_000_000_000L, new SecureRandom());

        assertThat(first.nextId()).isNotEqualTo(second.nextId());
    }
}
