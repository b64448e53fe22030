package org.homeward.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only, tamper-evident record of who read, searched, changed, exported, or signed in,
 * when, from where and why. Each entry carries the hash of the entry before it, and its own hash is
 * an HMAC with a key the database never sees ({@link AuditKey}), so a changed, removed or re-chained
 * entry breaks the chain at that point; anchors written outside the database ({@link AuditAnchoring})
 * reveal entries cut from its end.
 */
@Service
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x41554449L;
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CurrentAccess access;
    private final Clock clock;
    private final TransactionTemplate separate;
    private final TransactionTemplate joined;
    private final AuditKey key;
    private final AuditChainVerifier verifier;
    private volatile boolean keyConfirmed;

    AuditTrail(
            JdbcClient jdbc,
            JsonMapper json,
            CurrentAccess access,
            Clock clock,
            PlatformTransactionManager transactions,
            AuditKey key,
            AuditChainVerifier verifier) {
        this.jdbc = jdbc;
        this.key = key;
        this.verifier = verifier;
        this.json = json;
        this.access = access;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.joined = new TransactionTemplate(transactions);
    }

    /** Records an entry as part of the current change: it is kept only if the change is. */
    public void recordWithChange(AuditEntry entry) {
        joined.executeWithoutResult(status -> append(entry, access.actor()));
    }

    /** Records an entry for a named actor as part of the current change (a command-line import's batches). */
    public void recordWithChange(AuditEntry entry, String actor) {
        joined.executeWithoutResult(status -> append(entry, actor));
    }

    /** Records an entry on its own, whatever becomes of the current transaction (reads, searches, logins). */
    public void record(AuditEntry entry) {
        record(entry, access.actor());
    }

    /** Records an entry for a named actor (failed logins, where nobody is signed in). */
    public void record(AuditEntry entry, String actor) {
        separate.executeWithoutResult(status -> append(entry, actor));
    }

    private void append(AuditEntry entry, String actor) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                .param("lock", CHAIN_LOCK)
                .query()
                .singleRow();
        // The database prints the details in jsonb's one canonical form: hash exactly what it stores.
        Head head = jdbc.sql("""
                        SELECT coalesce(last.id, 0) AS id, coalesce(last.hash, :genesis) AS hash,
                            CAST(:details AS jsonb)::text AS details
                        FROM (SELECT 1) one LEFT JOIN (SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1) last ON true""")
                .param("genesis", AuditChainRule.GENESIS)
                .param("details", json.writeValueAsString(entry.details()))
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("hash"), rs.getString("details")))
                .single();
        confirmKey(head.id());
        long id = head.id() + 1;
        // Stored to the microsecond, so hashed to the microsecond.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String remote = access.remoteAddress().orElse(null);
        String message = AuditChainRule.message(
                head.hash(),
                id,
                at,
                actor,
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                remote,
                entry.reason(),
                head.details());
        jdbc.sql("""
                        INSERT INTO audit_event (id, occurred_at, actor, action, target_type, target_id, remote_address,
                            reason, details, previous_hash, hash, chain_rule)
                        VALUES (:id, :at, :actor, :action, :targetType, :targetId, :remote, :reason, CAST(:details AS jsonb),
                            :previous, :hash, :rule)""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("action", entry.action())
                .param("targetType", entry.targetType())
                .param("targetId", entry.targetId())
                .param("remote", remote)
                .param("reason", entry.reason())
                .param("details", head.details())
                .param("previous", head.hash())
                .param("hash", key.sign(message))
                .param("rule", AuditChainRule.HMAC_SHA256.column())
                .update();
    }

    private record Head(long id, String hash, String details) {}

    /**
     * Before this process adds its first entry, makes sure its key is the one that wrote the chain's
     * newest entry: two processes on one database with different keys would each write entries the
     * other's {@code audit verify} calls forged, and the trail would prove nothing from then on.
     */
    private void confirmKey(long headId) {
        if (keyConfirmed || headId == 0) {
            return;
        }
        if (!verifier.keyFits(headId)) {
            throw new AuditKeyMismatchException(headId);
        }
        keyConfirmed = true;
    }

    /**
     * Recomputes the whole chain with the key and holds it against the anchors written outside the
     * database: how far it is intact, the newest anchor it confirms, and the first entry that fails.
     */
    public AuditVerdict verify() {
        return verifier.verify();
    }

    /** The first entry whose hash, link or anchor does not hold, if any. */
    public Optional<Long> firstBrokenLink() {
        return verify().firstBreak().map(AuditBreak::entryId);
    }

    public long size() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }

    /**
     * Entries matching every given criterion, as a person reads them from the audit page or the command
     * line: a read about one household is itself recorded for {@code reader} ({@code AUDIT_TRAIL_READ})
     * whichever way it came, since who looked into a household's trail is part of its trail.
     */
    public List<AuditRecord> read(
            String reader, String actor, String targetType, String targetId, Instant from, Instant to, int limit) {
        if ("household".equals(targetType) && targetId != null && !targetId.isBlank()) {
            record(AuditEntry.of(AccessAuditAction.AUDIT_TRAIL_READ, "household", targetId.trim()), reader);
        }
        return query(actor, targetType, targetId, from, to, limit);
    }

    /**
     * Entries matching every given criterion (null: any), newest first, at most {@code limit}. A
     * household asked for also finds the entries that list it among the households they showed. Nothing
     * is recorded: this is for the application's own checks; a person reads through {@link #read}.
     */
    public List<AuditRecord> query(
            String actor, String targetType, String targetId, Instant from, Instant to, int limit) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (actor != null && !actor.isBlank()) {
            conditions.add("actor = :actor");
            parameters.put("actor", actor.trim());
        }
        if (targetType != null && !targetType.isBlank()) {
            conditions.add("target_type = :targetType");
            parameters.put("targetType", targetType);
        }
        if (targetId != null && !targetId.isBlank() && "household".equals(targetType)) {
            // Lists (searches, boards, exports) name the households they showed in their details.
            conditions.set(
                    conditions.size() - 1,
                    "(target_type = :targetType AND target_id = :targetId"
                            + " OR details -> 'households' @> to_jsonb(CAST(:targetId AS text)))");
            parameters.put("targetId", targetId.trim());
        } else if (targetId != null && !targetId.isBlank()) {
            conditions.add("target_id = :targetId");
            parameters.put("targetId", targetId.trim());
        }
        if (from != null) {
            conditions.add("occurred_at >= :from");
            parameters.put("from", Timestamp.from(from));
        }
        if (to != null) {
            conditions.add("occurred_at < :to");
            parameters.put("to", Timestamp.from(to));
        }
        parameters.put("limit", Math.min(Math.max(limit, 1), 1000));
        return jdbc.sql("SELECT * FROM audit_event WHERE " + String.join(" AND ", conditions)
                        + " ORDER BY id DESC LIMIT :limit")
                .params(parameters)
                .query((rs, n) -> new AuditRecord(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getString("remote_address"),
                        rs.getString("reason"),
                        json.readValue(rs.getString("details"), DETAILS),
                        rs.getString("hash")))
                .list();
    }
}
