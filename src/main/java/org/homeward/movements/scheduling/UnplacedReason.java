package org.homeward.movements.scheduling;

/** Why a ready household was not scheduled this week, from the most to the least lasting cause. */
public enum UnplacedReason {
    /** No departure this week leaves from its country through a crossing it may take. */
    NO_DEPARTURE,
    /** The plan has no target for its country (and crossing) in the month of any such departure. */
    NO_TARGET,
    /** It has more persons than any vehicle offered has seats; splitting it needs a recorded reason per member. */
    LARGER_THAN_ANY_VEHICLE,
    /** More of its members need an accessible seat than any vehicle offered has. */
    MORE_ACCESSIBLE_NEEDS_THAN_ANY_VEHICLE,
    /** The target's share for this week is used up. */
    TARGET_REACHED,
    /** Every vehicle it could take is too full to take all of it. */
    NO_SEAT_LEFT,
    /** A vehicle has room for it, but not enough accessible seats are left for those who need them. */
    NO_ACCESSIBLE_SEAT_LEFT
}
