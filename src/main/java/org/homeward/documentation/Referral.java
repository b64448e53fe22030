package org.homeward.documentation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A household referred to a partner organisation under its recorded consent, with what happened
 * since, oldest first.
 *
 * @param caseId the documentation case the referral was made for, or null
 * @param status SENT until the partner answers, then the partner's latest {@link ReferralOutcome}
 */
record Referral(
        UUID id,
        UUID householdId,
        UUID caseId,
        String partner,
        ReferralNeed need,
        String note,
        String status,
        Instant referredAt,
        String referredBy,
        List<ReferralEvent> history) {}
