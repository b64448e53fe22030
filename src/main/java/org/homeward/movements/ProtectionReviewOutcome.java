package org.homeward.movements;

/** What a coordinator found when reviewing a coercion signal. */
public enum ProtectionReviewOutcome {
    NO_CONCERN,
    REFERRED_TO_PROTECTION,
    RECORDS_REDONE
}
