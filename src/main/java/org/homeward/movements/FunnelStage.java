package org.homeward.movements;

/**
 * The stages of a return plan's funnel, in order, and the ways people leave it that are counted
 * beside it: withdrawals, no-shows and those found displaced again after coming home are never hidden.
 */
public enum FunnelStage {
    INTENDING,
    VOLUNTARINESS_RECORDED,
    SCHEDULED,
    BOARDED,
    ARRIVED,
    AT_HOME_3_MONTHS,
    AT_HOME_6_MONTHS,
    WITHDRAWN,
    NO_SHOW,
    DISPLACED_AGAIN;

    /** Whether this counts people leaving the funnel rather than a step of it. */
    public boolean loss() {
        return this == WITHDRAWN || this == NO_SHOW || this == DISPLACED_AGAIN;
    }
}
