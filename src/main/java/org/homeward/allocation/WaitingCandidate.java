package org.homeward.allocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A household waiting for a place, as the registry holds it.
 *
 * @param id           the household's id
 * @param reference    its reference, e.g. {@code HW-0000123}
 * @param homePcode    P-code of its destination
 * @param registeredAt when it was registered; waiting is counted from then
 * @param persons      its members
 * @param accessible   whether a member has a disability or needs accessible shelter
 * @param needs        distinct specific needs among its members: its priority
 */
record WaitingCandidate(
        UUID id, String reference, String homePcode, Instant registeredAt, int persons, boolean accessible, int needs) {

    /** Whole days waited since registration, never negative. */
    int waitingDays(Clock clock) {
        return (int) Math.max(0, Duration.between(registeredAt, clock.instant()).toDays());
    }
}
