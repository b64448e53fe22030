package org.homeward.movements;

/** What a follow-up visit found: the household at home, displaced again, or not found. */
enum FollowUpOutcome {
    AT_HOME,
    DISPLACED_AGAIN,
    NOT_FOUND
}
