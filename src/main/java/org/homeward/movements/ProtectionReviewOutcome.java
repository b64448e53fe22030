package org.homeward.movements;

/** What a coordinator found when reviewing a coercion signal. */
enum ProtectionReviewOutcome {
    NO_CONCERN,
    REFERRED_TO_PROTECTION,
    RECORDS_REDONE
}
