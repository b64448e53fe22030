package org.homeward.reception;

import org.homeward.registry.JourneyMoved;
import org.homeward.registry.JourneyStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A household whose journey is withdrawn, or which went home without passing through reception,
 * will not take up places booked for it: they are released in the same transaction, with the
 * journey's new stage as the cause and the mover's own words, if any, as the note.
 */
@Component
class JourneyEndsBooking {

    private final BookingCommands stays;

    JourneyEndsBooking(BookingCommands stays) {
        this.stays = stays;
    }

    @EventListener
    void on(JourneyMoved moved) {
        if (moved.to() == JourneyStatus.WITHDRAWN || moved.to() == JourneyStatus.RETURNED_HOME) {
            // The stage is kept as a code; only the words of the person who moved the journey are kept as text.
            String reason = moved.reason();
            stays.releaseBookingOf(
                    moved.householdId(),
                    moved.to(),
                    reason != null && reason.length() > ArrivingMembers.MAX_REASON
                            ? reason.substring(0, ArrivingMembers.MAX_REASON)
                            : reason,
                    moved.actor());
        }
    }
}
