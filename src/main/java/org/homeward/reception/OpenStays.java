package org.homeward.reception;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The steps that check-ins and bookings share on a household's open stay: finding it locked at the
 * user's centres, opening one, and ending a booking whose household will not take it up.
 */
@Component
class OpenStays {

    private final StayRepository stays;
    private final StayHistory history;
    private final CentreScope scope;
    private final Clock clock;

    OpenStays(StayRepository stays, StayHistory history, CentreScope scope, Clock clock) {
        this.stays = stays;
        this.history = history;
        this.scope = scope;
        this.clock = clock;
    }

    /** Opens the stay (or booking); a household that got an open stay meanwhile is refused by its reference. */
    void insert(Stay stay, String reference) {
        try {
            stays.insert(stay);
        } catch (DuplicateKeyException checkedInMeanwhile) {
            throw new HouseholdAlreadyStayingException(reference);
        }
    }

    /**
     * Ends a booking as NOT_ARRIVED: {@code reason} is what a person wrote, {@code cause} why Homeward itself
     * released it (null when a person did); the history keeps the cause as a code, never as English text.
     */
    void endBooking(Stay booking, String reason, BookingReleaseCause cause, String actor) {
        Instant now = clock.instant();
        stays.end(booking.id(), now, actor, "NOT_ARRIVED", reason, cause);
        Map<String, Object> details = StayHistory.describe(booking);
        if (cause != null) {
            details.put("cause", cause.code().name());
            details.put("causeDetail", cause.detail());
        }
        details.put(
                "expectedBy",
                booking.expectedBy() == null ? "" : booking.expectedBy().toString());
        history.record(booking, StayEventType.BOOKING_RELEASED, now, actor, reason, details);
    }

    /** The open stay of a household that has arrived: a booking is checked in or released first. */
    Stay lockedArrived(UUID stayId) {
        Stay stay = locked(stayId);
        if (stay.booking()) {
            throw StayStageException.notArrived(stayId.toString());
        }
        return stay;
    }

    /** The stay, locked for the rest of the transaction, when it is at the user's centres and has not ended. */
    Stay locked(UUID stayId) {
        Stay stay = stays.lock(stayId)
                .filter(found -> scope.covers(found.centreCode()))
                .orElseThrow(() -> new StayNotFoundException(stayId.toString()));
        if (stay.hasEnded()) {
            throw new StayEndedException(stayId.toString());
        }
        return stay;
    }
}
