package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.JourneyStatus.*;

import org.junit.jupiter.api.Test;

class JourneyStatusTest {

    @Test
    void movesOnlyForwardOrIsWithdrawn() {
        assertThat(REGISTERED.canMoveTo(IN_TRANSIT)).isTrue();
        assertThat(REGISTERED.canMoveTo(RETURNED_HOME)).isTrue();
        assertThat(AT_RECEPTION.canMoveTo(IN_TRANSIT)).isFalse();
        assertThat(IN_TRANSIT.canMoveTo(IN_TRANSIT)).isFalse();
        assertThat(INTENDING.canMoveTo(WITHDRAWN)).isTrue();
    }

    @Test
    void nothingLeavesAFinalStatus() {
        for (JourneyStatus next : values()) {
            assertThat(RETURNED_HOME.canMoveTo(next)).isFalse();
            assertThat(WITHDRAWN.canMoveTo(next)).isFalse();
        }
    }
}
