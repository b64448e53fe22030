package org.homeward.documentation;

/** What the partner reported back about a referral. */
enum ReferralOutcome {
    /** The partner took the household on. */
    ACCEPTED,
    /** The partner could not or would not help. */
    DECLINED,
    /** The partner gave the help the household was referred for. */
    SERVICE_PROVIDED,
    /** The partner could not reach the household. */
    HOUSEHOLD_UNREACHABLE,
    /** The partner closed the referral. */
    CLOSED
}
