package org.homeward.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the whole audit chain in the application, with the key, and holds every entry against the
 * entry before it, against its rule, and against the anchors written outside the database.
 */
@Component
class AuditChainVerifier {

    private static final int FETCH_SIZE = 2_000;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final AuditKey key;
    private final AuditAnchorFile anchorFile;

    AuditChainVerifier(
            DataSource dataSource, PlatformTransactionManager transactions, AuditKey key, AuditAnchorFile anchorFile) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.key = key;
        this.anchorFile = anchorFile;
    }

    AuditVerdict verify() {
        AuditAnchorFile.Reading anchors = anchorFile.read();
        Walk walk = new Walk(anchors.anchors());
        // A cursor, so that a long chain streams through instead of filling the memory.
        readOnly.executeWithoutResult(status -> jdbc.query("""
                        SELECT id, occurred_at, actor, action, target_type, target_id, remote_address, reason,
                            details::text AS details, previous_hash, hash, chain_rule
                        FROM audit_event ORDER BY id""", walk::step));
        return walk.verdict(anchors);
    }

    /**
     * Whether the keyed entry {@code id} was hashed with this process's key: false when another key
     * wrote it (or its fields were changed since). An unkeyed entry says nothing about the key.
     */
    boolean keyFits(long id) {
        return readOnly.execute(status -> jdbc.query(
                """
                        SELECT id, occurred_at, actor, action, target_type, target_id, remote_address, reason,
                            details::text AS details, previous_hash, hash, chain_rule
                        FROM audit_event WHERE id = ?""",
                rows -> {
                    if (!rows.next() || !AuditChainRule.HMAC_SHA256.column().equals(rows.getString("chain_rule"))) {
                        return true;
                    }
                    String message = AuditChainRule.message(
                            rows.getString("previous_hash"),
                            id,
                            rows.getTimestamp("occurred_at").toInstant(),
                            rows.getString("actor"),
                            rows.getString("action"),
                            rows.getString("target_type"),
                            rows.getString("target_id"),
                            rows.getString("remote_address"),
                            rows.getString("reason"),
                            rows.getString("details"));
                    return rows.getString("hash").equals(key.sign(message));
                },
                id));
    }

    /** The state of one walk along the chain. */
    private final class Walk {
        private final Map<Long, List<AuditAnchor>> anchorsByEntry = new HashMap<>();
        private long entries;
        private long expectedId = 1;
        private String previousHash = AuditChainRule.GENESIS;
        private boolean keyedSeen;
        private long intactUpTo;
        private AuditBreak firstBreak;
        private AuditAnchor confirmed;

        Walk(List<AuditAnchor> anchors) {
            for (AuditAnchor anchor : anchors) {
                anchorsByEntry
                        .computeIfAbsent(anchor.entryId(), id -> new ArrayList<>())
                        .add(anchor);
            }
        }

        void step(ResultSet row) throws SQLException {
            entries++;
            if (firstBreak != null) {
                return;
            }
            long id = row.getLong("id");
            String hash = row.getString("hash");
            firstBreak = check(row, id, hash);
            if (firstBreak == null) {
                firstBreak = checkAnchors(id, hash);
            }
            if (firstBreak == null) {
                intactUpTo = id;
            }
            expectedId = id + 1;
            previousHash = hash;
        }

        private AuditBreak check(ResultSet row, long id, String hash) throws SQLException {
            if (id != expectedId) {
                return new AuditBreak(
                        id,
                        AuditBreak.Kind.REMOVED,
                        id > expectedId
                                ? "entries " + expectedId + " to " + (id - 1) + " before it are missing"
                                : "it repeats or reorders an entry number");
            }
            String previous = row.getString("previous_hash");
            String message = AuditChainRule.message(
                    previous,
                    id,
                    row.getTimestamp("occurred_at").toInstant(),
                    row.getString("actor"),
                    row.getString("action"),
                    row.getString("target_type"),
                    row.getString("target_id"),
                    row.getString("remote_address"),
                    row.getString("reason"),
                    row.getString("details"));
            String unkeyed = AuditChainRule.unkeyed(message);
            AuditChainRule rule;
            try {
                rule = AuditChainRule.fromColumn(row.getString("chain_rule"));
            } catch (IllegalArgumentException e) {
                return new AuditBreak(id, AuditBreak.Kind.CHANGED, "it names no known hash rule");
            }
            if (rule == AuditChainRule.SHA256) {
                if (keyedSeen) {
                    return new AuditBreak(
                            id,
                            AuditBreak.Kind.RECHAINED_WITHOUT_KEY,
                            "an unkeyed entry after keyed ones: its hash was made without the key");
                }
                if (!hash.equals(unkeyed)) {
                    return new AuditBreak(id, AuditBreak.Kind.CHANGED, "its fields no longer match its hash");
                }
            } else {
                keyedSeen = true;
                if (!hash.equals(key.sign(message))) {
                    return hash.equals(unkeyed)
                            ? new AuditBreak(
                                    id,
                                    AuditBreak.Kind.RECHAINED_WITHOUT_KEY,
                                    "its hash was recomputed without the key (the database's own digest)")
                            : new AuditBreak(id, AuditBreak.Kind.CHANGED, "its fields no longer match its keyed hash");
                }
            }
            if (!previous.equals(previousHash)) {
                return new AuditBreak(
                        id, AuditBreak.Kind.CHANGED, "its link does not name the hash of the entry before it");
            }
            return null;
        }

        private AuditBreak checkAnchors(long id, String hash) {
            for (AuditAnchor anchor : anchorsByEntry.getOrDefault(id, List.of())) {
                if (!anchor.hash().equals(hash)) {
                    return new AuditBreak(
                            id,
                            AuditBreak.Kind.DIFFERS_FROM_ANCHOR,
                            "the anchor of " + anchor.anchoredAt() + " wrote down another hash for it");
                }
                if (confirmed == null || anchor.entryId() >= confirmed.entryId()) {
                    confirmed = anchor;
                }
            }
            return null;
        }

        AuditVerdict verdict(AuditAnchorFile.Reading anchors) {
            long last = expectedId - 1;
            if (firstBreak == null) {
                firstBreak = truncation(anchors, last);
            }
            return new AuditVerdict(
                    entries,
                    intactUpTo,
                    Optional.ofNullable(confirmed),
                    anchors.anchors().size(),
                    anchors.unreadableLines(),
                    Optional.ofNullable(firstBreak));
        }

        private AuditBreak truncation(AuditAnchorFile.Reading anchors, long last) {
            return anchors.anchors().stream()
                    .filter(anchor -> anchor.entryId() > last || anchor.entries() > entries)
                    .min(Comparator.comparingLong(AuditAnchor::entryId))
                    .map(anchor -> new AuditBreak(
                            anchor.entryId(),
                            AuditBreak.Kind.TRUNCATED_AFTER_ANCHOR,
                            "the chain ends at entry " + last + " but the anchor of " + anchor.anchoredAt()
                                    + " saw entry " + anchor.entryId() + " (" + anchor.entries() + " entries)"))
                    .orElse(null);
        }
    }
}
