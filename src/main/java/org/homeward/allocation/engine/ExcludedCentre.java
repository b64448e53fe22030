package org.homeward.allocation.engine;

/**
 * A centre that cannot take a household now, with why.
 *
 * @param centreId   the centre
 * @param distanceKm great-circle kilometres from the household's home community
 * @param reason     what is missing
 */
record ExcludedCentre(String centreId, double distanceKm, Reason reason) {

    /** What keeps a centre from taking the household. */
    public enum Reason {
        CLOSED,
        TOO_FEW_FREE_PERSONS,
        NO_FREE_FAMILY_UNIT,
        NO_FREE_ACCESSIBLE_UNIT
    }
}
