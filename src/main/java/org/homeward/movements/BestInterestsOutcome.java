package org.homeward.movements;

/** What a best-interests assessment of an unaccompanied or separated child found about returning. */
enum BestInterestsOutcome {
    RETURN_IN_BEST_INTERESTS,
    RETURN_NOT_IN_BEST_INTERESTS,
    DEFERRED
}
