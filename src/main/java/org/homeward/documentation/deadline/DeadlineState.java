package org.homeward.documentation.deadline;

/** Where a step stands against the law's clock. */
public enum DeadlineState {
    /** No rule limits this step. */
    NO_LIMIT,
    /** A limit exists but the case has no event date to count from. */
    EVENT_DATE_UNKNOWN,
    /** A waiver covers the case's event: no limit applies. */
    WAIVED,
    /** The clock runs and the due day has not passed. */
    RUNNING,
    /** The clock is stopped by a pause today; days left are those left when it stopped. */
    PAUSED,
    /** The due day has passed. */
    OVERDUE
}
