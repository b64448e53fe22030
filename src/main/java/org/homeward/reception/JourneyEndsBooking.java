package org.homeward.reception;

import org.homeward.registry.JourneyMoved;
import org.homeward.registry.JourneyStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A household whose journey is withdrawn, or which went home without passing through reception,
 * will not take up places booked for it: they are released in the same transaction, with the
 * journey's change as the reason.
 */
@Component
class JourneyEndsBooking {

    private final StayService stays;

    JourneyEndsBooking(StayService stays) {
        this.stays = stays;
    }

    @EventListener
    void on(JourneyMoved moved) {
        if (moved.to() == JourneyStatus.WITHDRAWN || moved.to() == JourneyStatus.RETURNED_HOME) {
            String reason =
                    "Journey moved to " + moved.to().name() + (moved.reason() == null ? "" : ": " + moved.reason());
            stays.releaseBookingOf(
                    moved.householdId(),
                    reason.length() > ArrivingMembers.MAX_REASON
                            ? reason.substring(0, ArrivingMembers.MAX_REASON)
                            : reason,
                    moved.actor());
        }
    }
}
