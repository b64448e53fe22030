package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/** A person's request about their own data: to see it (ACCESS), correct it, or have it deleted. */
public record DataSubjectRequest(
        long id,
        UUID householdId,
        UUID individualId,
        String kind,
        String details,
        String status,
        Instant requestedAt,
        String recordedBy,
        Instant completedAt,
        String completedBy,
        String outcome) {}
