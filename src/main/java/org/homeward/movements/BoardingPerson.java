package org.homeward.movements;

import java.time.Instant;
import java.util.UUID;

/**
 * One person of a manifest, with where boarding and arrival stand for them.
 *
 * @param boarding {@code PENDING}, {@code BOARDED} or {@code NO_SHOW}
 * @param arrival  {@code PENDING}, {@code ARRIVED} or {@code MISSING}
 */
record BoardingPerson(
        UUID householdId,
        UUID individualId,
        boolean travels,
        String vehicleLabel,
        String boarding,
        Instant boardedAt,
        String arrival) {

    static final String PENDING = "PENDING";
    static final String BOARDED = "BOARDED";
    static final String NO_SHOW = "NO_SHOW";

    boolean onBoard() {
        return BOARDED.equals(boarding) && PENDING.equals(arrival);
    }
}
