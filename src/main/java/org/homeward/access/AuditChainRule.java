package org.homeward.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * How an audit entry's hash is made: from its fields in a fixed order with the hash of the entry
 * before it, either unkeyed (SHA-256, the rule of entries written before the chain was keyed, which
 * anyone with the database can recompute) or keyed (HMAC-SHA256 with the {@link AuditKey}).
 */
enum AuditChainRule {
    SHA256("sha256"),
    HMAC_SHA256("hmac-sha256");

    static final String GENESIS = "genesis";
    private static final char SEPARATOR = '\u001f';
    /** The same text as the database's {@code to_char(... 'YYYY-MM-DD"T"HH24:MI:SS.US')}. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final String column;

    AuditChainRule(String column) {
        this.column = column;
    }

    /** The rule's name as stored in {@code audit_event.chain_rule}. */
    String column() {
        return column;
    }

    static AuditChainRule fromColumn(String value) {
        for (AuditChainRule rule : values()) {
            if (rule.column.equals(value)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown audit chain rule " + value);
    }

    /**
     * What is hashed: the fields joined by the unit separator, exactly as the database's
     * {@code audit_event_digest} joined them, so that entries written before the key verify unchanged.
     *
     * @param details the details as PostgreSQL prints its jsonb, its one canonical form
     */
    static String message(
            String previousHash,
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String targetType,
            String targetId,
            String remoteAddress,
            String reason,
            String details) {
        return String.join(
                String.valueOf(SEPARATOR),
                previousHash,
                Long.toString(id),
                TIME.format(occurredAt),
                actor,
                action,
                blankIfNull(targetType),
                blankIfNull(targetId),
                blankIfNull(remoteAddress),
                blankIfNull(reason),
                details);
    }

    /** The unkeyed hash, which anyone with the database can compute. */
    static String unkeyed(String message) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
