package org.homeward.registry;

/** Where a household's journey home stands; it only moves forward, or is withdrawn. */
public enum JourneyStatus {
    INTENDING(0),
    REGISTERED(1),
    IN_TRANSIT(2),
    AT_RECEPTION(3),
    RETURNED_HOME(4),
    WITHDRAWN(5);

    private final int step;

    JourneyStatus(int step) {
        this.step = step;
    }

    /** Whether a journey in this status may move to the next one: forward, or withdrawn before it ends. */
    public boolean canMoveTo(JourneyStatus next) {
        if (this == WITHDRAWN || this == RETURNED_HOME) {
            return false;
        }
        return next == WITHDRAWN || next.step > step;
    }

    public boolean isFinal() {
        return this == RETURNED_HOME || this == WITHDRAWN;
    }
}
