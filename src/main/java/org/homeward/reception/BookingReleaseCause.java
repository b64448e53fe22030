package org.homeward.reception;

import org.homeward.registry.JourneyStatus;

/**
 * Why Homeward itself released a booking, kept as a code so that each reader sees it in their own
 * language; what a person wrote about it stays in the stay's end note.
 *
 * @param code   what happened
 * @param detail what the code names: the centre the household checked in at, the journey's new stage, or
 *               the movement the household was taken off
 */
record BookingReleaseCause(Code code, String detail) {

    /** The events that release a booking without a person releasing it. */
    public enum Code {
        /** The household checked in at another centre than the one booked. */
        CHECKED_IN_ELSEWHERE,
        /** The household's journey was withdrawn, or it went home without passing through reception. */
        JOURNEY_ENDED,
        /** The household was taken off the organised movement the places were booked for. */
        TAKEN_OFF_MOVEMENT
    }

    static BookingReleaseCause checkedInAt(String centreCode) {
        return new BookingReleaseCause(Code.CHECKED_IN_ELSEWHERE, centreCode);
    }

    static BookingReleaseCause journeyMovedTo(JourneyStatus stage) {
        return new BookingReleaseCause(Code.JOURNEY_ENDED, stage.name());
    }

    static BookingReleaseCause takenOffMovement(String movementId) {
        return new BookingReleaseCause(Code.TAKEN_OFF_MOVEMENT, movementId);
    }
}
