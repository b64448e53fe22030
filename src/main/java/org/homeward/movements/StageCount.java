package org.homeward.movements;

/**
 * How many persons reached one funnel stage in one cell of a plan.
 *
 * @param asylumCountry ISO3 code, or empty when not known
 * @param month         {@code YYYY-MM} the stage was reached in (for scheduled persons, the departure month)
 * @param crossingCode  the crossing, or empty when not known
 * @param week          ISO week such as {@code 2027-W05}, or empty when not known
 */
record StageCount(
        FunnelStage stage, String asylumCountry, String month, String crossingCode, String week, long persons) {}
