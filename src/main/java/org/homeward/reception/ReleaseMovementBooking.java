package org.homeward.reception;

import java.util.Objects;
import java.util.UUID;

/**
 * A command to release the places a household holds at a centre because it was taken off the
 * organised movement they were booked for: what movements hands to {@link BookingCommands}.
 *
 * @param householdId the household taken off the movement
 * @param centreCode  the centre its manifest line names; a booking elsewhere is left alone
 * @param movementId  the movement, kept as the release's cause
 */
public record ReleaseMovementBooking(UUID householdId, String centreCode, UUID movementId) {

    public ReleaseMovementBooking {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(centreCode, "centreCode");
        Objects.requireNonNull(movementId, "movementId");
    }
}
