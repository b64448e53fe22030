package org.homeward.reception;

/**
 * Whether a centre admits people. OPEN and CLOSED are decided by people and stored; FULL is never
 * stored but derived from live occupancy: an open centre with no free person place or no free
 * family unit is FULL, and becomes OPEN again as soon as someone leaves.
 */
public enum CentreStatus {
    OPEN,
    FULL,
    CLOSED;

    /** The status shown for a centre whose stored status is open or closed, given the room left. */
    static CentreStatus of(boolean open, Spaces free) {
        if (!open) {
            return CLOSED;
        }
        return free.persons() == 0 || free.familyUnits() == 0 ? FULL : OPEN;
    }
}
