package org.homeward.access;

import java.time.Instant;
import java.util.Map;

/** One entry of the audit trail as stored, with its place in the hash chain. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        String targetId,
        String remoteAddress,
        String reason,
        Map<String, Object> details,
        String hash) {}
