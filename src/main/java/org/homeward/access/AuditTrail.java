package org.homeward.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
 * when, from where and why. Each entry carries the hash of the entry before it, so a changed or
 * removed entry breaks the chain at that point.
 */
@Service
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x41554449L;
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CurrentAccess access;
    private final Clock clock;
    private final TransactionTemplate separate;
    private final TransactionTemplate joined;

    AuditTrail(JdbcClient jdbc, JsonMapper json, CurrentAccess access, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
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

    /** Records an entry on its own, whatever becomes of the current transaction (reads, searches, logins). */
    public void record(AuditEntry entry) {
        record(entry, access.actor());
    }

    /** Records an entry for a named actor (failed logins, where nobody is signed in). */
    public void record(AuditEntry entry, String actor) {
        separate.executeWithoutResult(status -> append(entry, actor));
    }

    private void append(AuditEntry entry, String actor) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleRow();
        jdbc.sql("""
                        INSERT INTO audit_event (id, occurred_at, actor, action, target_type, target_id, remote_address,
                            reason, details, previous_hash, hash)
                        SELECT last.id + 1, :at, :actor, :action, :targetType, :targetId, :remote, :reason,
                            CAST(:details AS jsonb), last.hash,
                            audit_event_digest(last.hash, last.id + 1, :at, :actor, :action, :targetType, :targetId,
                                :remote, :reason, CAST(:details AS jsonb))
                        FROM (SELECT coalesce(max(id), 0) AS id,
                                     coalesce((SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), 'genesis') AS hash
                              FROM audit_event) last""")
                .param("at", Timestamp.from(clock.instant())).param("actor", actor).param("action", entry.action())
                .param("targetType", entry.targetType()).param("targetId", entry.targetId())
                .param("remote", access.remoteAddress().orElse(null)).param("reason", entry.reason())
                .param("details", json.writeValueAsString(entry.details()))
                .update();
    }

    /** The first entry whose hash or link to the entry before it does not hold, if any. */
    public Optional<Long> firstBrokenLink() {
        return jdbc.sql("""
                        SELECT id FROM (
                            SELECT id, hash, previous_hash,
                                lag(hash, 1, 'genesis') OVER (ORDER BY id) AS expected_previous,
                                lag(id, 1, 0::bigint) OVER (ORDER BY id) + 1 AS expected_id,
                                audit_event_digest(previous_hash, id, occurred_at, actor, action, target_type, target_id,
                                    remote_address, reason, details) AS expected_hash
                            FROM audit_event) chain
                        WHERE hash <> expected_hash OR previous_hash <> expected_previous OR id <> expected_id
                        ORDER BY id LIMIT 1""")
                .query(Long.class).optional();
    }

    public long size() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }

    /**
     * Entries matching every given criterion (null: any), newest first, at most {@code limit}. A
     * household asked for also finds the entries that list it among the households they showed.
     */
    public List<AuditRecord> query(String actor, String targetType, String targetId, Instant from, Instant to, int limit) {
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
            conditions.set(conditions.size() - 1, "(target_type = :targetType AND target_id = :targetId"
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
                .query((rs, n) -> new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("remote_address"), rs.getString("reason"),
                        json.readValue(rs.getString("details"), DETAILS), rs.getString("hash")))
                .list();
    }
}
