package org.homeward.documentation;

/** What became of one step: not yet done, done, refused by the authority, or skipped (optional steps only). */
public enum StepStatus {
    PENDING,
    DONE,
    FAILED,
    SKIPPED
}
