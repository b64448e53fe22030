package org.homeward.movements;

/** Why a person has a voluntariness record of their own: they are an adult, or a child on their own. */
enum VoluntarinessBasis {
    ADULT,
    UNACCOMPANIED_CHILD,
    SEPARATED_CHILD;

    /** Whether a best-interests assessment must be recorded with the form. */
    boolean needsBestInterests() {
        return this != ADULT;
    }
}
