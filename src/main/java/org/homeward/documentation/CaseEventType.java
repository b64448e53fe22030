package org.homeward.documentation;

/** What happened to a documentation case or one of its steps, as the case's history stores it. */
enum CaseEventType {
    OPENED,
    ASSIGNED,
    REASSIGNED,
    STATUS_CHANGED,
    STEP_PENDING,
    STEP_DONE,
    STEP_FAILED,
    STEP_SKIPPED,
    CHAIN_COMPLETED,
    NOTE,
    REMINDER_SET,
    REMINDER_DONE;

    /** The event of a step set to this status. */
    static CaseEventType stepSet(StepStatus status) {
        return switch (status) {
            case PENDING -> STEP_PENDING;
            case DONE -> STEP_DONE;
            case FAILED -> STEP_FAILED;
            case SKIPPED -> STEP_SKIPPED;
        };
    }
}
