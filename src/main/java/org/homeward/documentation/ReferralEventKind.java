package org.homeward.documentation;

/** What happened to a referral, as its history stores it: made, or its outcome recorded. */
enum ReferralEventKind {
    REFERRED,
    OUTCOME
}
