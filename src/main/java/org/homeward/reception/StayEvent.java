package org.homeward.reception;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One recorded step of a household's stays: CHECKED_IN, MEMBERS_JOINED, CHECKED_OUT, TRANSFERRED_OUT or
 * TRANSFERRED_IN, with who did it, when, why and at which centre. Never changed once written.
 */
record StayEvent(
        long id,
        UUID stayId,
        UUID householdId,
        String centreCode,
        String type,
        Instant occurredAt,
        String actor,
        String reason,
        Map<String, Object> details) {}
