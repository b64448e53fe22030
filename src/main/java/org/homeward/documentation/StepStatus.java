package org.homeward.documentation;

/** What became of one step: not yet done, done, refused by the authority, or skipped (optional steps only). */
enum StepStatus {
    PENDING,
    DONE,
    FAILED,
    SKIPPED
}
