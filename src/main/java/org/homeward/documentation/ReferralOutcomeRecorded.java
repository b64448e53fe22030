package org.homeward.documentation;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a partner's outcome is recorded on a referral, so that the documentation case it
 * was made for (by {@code caseId}, null when none) can show it in its history.
 */
record ReferralOutcomeRecorded(
        UUID referralId,
        UUID caseId,
        UUID householdId,
        String partner,
        ReferralOutcome outcome,
        Instant recordedAt,
        String recordedBy) {}
