package org.homeward.access;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A point of the audit chain written down outside the database: the entry that was newest then,
 * its hash, how many entries the chain had, and when. One line of the anchor file each; the same
 * line twice (two servers anchoring the same head) says nothing new and harms nothing.
 */
public record AuditAnchor(long entryId, String hash, long entries, Instant anchoredAt) {

    /** The anchor as one line of the anchor file. */
    String line() {
        return "id=" + entryId + " hash=" + hash + " count=" + entries + " at=" + anchoredAt;
    }

    /** The anchor a line of the anchor file holds; empty for a line that is not one (a torn last write). */
    static Optional<AuditAnchor> parse(String line) {
        Map<String, String> fields = new HashMap<>();
        for (String part : line.trim().split("\\s+")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                fields.put(part.substring(0, equals), part.substring(equals + 1));
            }
        }
        try {
            String hash = fields.get("hash");
            if (hash == null || !hash.matches("[0-9a-f]{64}")) {
                return Optional.empty();
            }
            return Optional.of(new AuditAnchor(
                    Long.parseLong(fields.get("id")),
                    hash,
                    Long.parseLong(fields.get("count")),
                    Instant.parse(fields.get("at"))));
        } catch (NumberFormatException | NullPointerException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
