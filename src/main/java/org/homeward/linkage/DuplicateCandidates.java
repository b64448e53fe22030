package org.homeward.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review queue in duplicate_candidate: open pairs in a scope, one pair, and its decision. */
@Repository
class DuplicateCandidates {

    private static final String PAIR_JOIN = """
            FROM duplicate_candidate c
            JOIN registry_individual_v a ON a.id = c.first_id JOIN registry_household_v ha ON ha.id = a.household_id
            JOIN registry_individual_v b ON b.id = c.second_id JOIN registry_household_v hb ON hb.id = b.household_id
            """;
    private final JdbcClient jdbc;

    DuplicateCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored pair with its decision. */
    record Candidate(
            long id,
            UUID firstId,
            UUID firstHousehold,
            UUID secondId,
            UUID secondHousehold,
            double weight,
            String explanation,
            String status,
            String decidedBy,
            Instant decidedAt,
            String note,
            String reason) {}

    /**
     * Open pairs in scope that pass the filter, in its order, starting after the pair {@code after}
     * (keyset paging: the cost of a page does not grow with how far the reviewer has gone).
     */
    List<DuplicateQueue.Entry> open(AccessScope scope, QueueFilter filter, Long after, int size) {
        return openStatement("", scope, filter, after, size)
                .query((rs, n) -> new DuplicateQueue.Entry(
                        rs.getLong("id"),
                        rs.getDouble("weight"),
                        rs.getString("first_ar"),
                        rs.getString("first_latin"),
                        rs.getString("first_reference"),
                        rs.getString("second_ar"),
                        rs.getString("second_latin"),
                        rs.getString("second_reference"),
                        rs.getObject("first_household", UUID.class),
                        rs.getObject("second_household", UUID.class),
                        rs.getString("reason")))
                .list();
    }

    /** The plan PostgreSQL runs for one page of the queue, with its timings and buffers (for the benchmark). */
    List<String> explainOpen(AccessScope scope, QueueFilter filter, Long after, int size) {
        return openStatement("EXPLAIN (ANALYZE, BUFFERS) ", scope, filter, after, size)
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec openStatement(
            String prefix, AccessScope scope, QueueFilter filter, Long after, int size) {
        Optional<Double> afterWeight = after == null ? Optional.empty() : weightOf(after);
        String keyset = afterWeight.isEmpty()
                ? ""
                : filter.oldestFirst()
                        ? " AND c.id > :afterId"
                        : " AND c.weight <= :afterWeight AND (c.weight < :afterWeight OR c.id > :afterId)";
        String order = filter.oldestFirst() ? " ORDER BY c.id" : " ORDER BY c.weight DESC, c.id";
        JdbcClient.StatementSpec statement = jdbc.sql(
                prefix + """
                        SELECT c.id, c.weight, c.reason,
                               concat_ws(' ', a.given_name_ar, a.father_name_ar, a.family_name_ar) AS first_ar,
                               concat_ws(' ', a.given_name_latin, a.father_name_latin, a.family_name_latin) AS first_latin,
                               ha.reference AS first_reference,
                               concat_ws(' ', b.given_name_ar, b.father_name_ar, b.family_name_ar) AS second_ar,
                               concat_ws(' ', b.given_name_latin, b.father_name_latin, b.family_name_latin) AS second_latin,
                               hb.reference AS second_reference, ha.id AS first_household, hb.id AS second_household
                        """ + PAIR_JOIN + "WHERE c.status = 'OPEN' AND " + inScope(scope) + filter.condition() + keyset
                        + order + " LIMIT :limit");
        statement = bind(statement, scope, filter).param("limit", size);
        if (afterWeight.isPresent()) {
            statement = statement.param("afterWeight", afterWeight.get()).param("afterId", after);
        }
        return statement;
    }

    long countOpen(AccessScope scope, QueueFilter filter) {
        return countStatement("", scope, filter).query(Long.class).single();
    }

    /** The plan of the queue's count, with its timings and buffers (for the benchmark). */
    List<String> explainCount(AccessScope scope, QueueFilter filter) {
        return countStatement("EXPLAIN (ANALYZE, BUFFERS) ", scope, filter)
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec countStatement(String prefix, AccessScope scope, QueueFilter filter) {
        return bind(
                jdbc.sql(prefix + "SELECT count(*) " + PAIR_JOIN + "WHERE c.status = 'OPEN' AND " + inScope(scope)
                        + filter.condition()),
                scope,
                filter);
    }

    private Optional<Double> weightOf(long id) {
        return jdbc.sql("SELECT weight FROM duplicate_candidate WHERE id = :id")
                .param("id", id)
                .query(Double.class)
                .optional();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, AccessScope scope, QueueFilter filter) {
        JdbcClient.StatementSpec bound =
                statement.param("sites", scope.sitesArray()).param("areas", scope.areasArray());
        if (filter.band() != null && !"POSSIBLE".equals(filter.band())) {
            bound = bound.param("veryLikely", QueueFilter.VERY_LIKELY_WEIGHT);
        }
        if (filter.reason() != null && !"NONE".equals(filter.reason())) {
            bound = bound.param("reason", filter.reason());
        }
        if (filter.household() != null) {
            bound = bound.param("household", filter.household());
        }
        if (filter.reference() != null) {
            bound = bound.param("reference", filter.reference());
        }
        if (filter.mineSite() != null) {
            bound = bound.param("mineSite", filter.mineSite());
        }
        if (filter.mineArea() != null) {
            bound = bound.param("mineArea", filter.mineArea() + "%");
        }
        for (var pattern : filter.namePatterns().entrySet()) {
            bound = bound.param(pattern.getKey(), pattern.getValue());
        }
        return bound;
    }

    /** Both households of the pair must be in scope; a scope without personal data sees none. */
    private static String inScope(AccessScope scope) {
        if (!scope.personalData()) {
            return "false";
        }
        if (scope.unrestricted()) {
            return "true";
        }
        return "(" + householdInScope("ha") + " AND " + householdInScope("hb") + ")";
    }

    private static String householdInScope(String alias) {
        return "(" + alias
                + ".registration_site = ANY(:sites) OR EXISTS (SELECT 1 FROM unnest(CAST(:areas AS text[])) area"
                + " WHERE " + alias + ".destination_pcode LIKE area || '%'))";
    }

    Optional<Candidate> find(long id) {
        return jdbc.sql("""
                        SELECT c.id, c.first_id, a.household_id AS first_household, c.second_id,
                               b.household_id AS second_household, c.weight, c.explanation::text AS explanation,
                               c.status, c.decided_by, c.decided_at, c.decision_note, c.reason
                        """ + PAIR_JOIN + "WHERE c.id = :id")
                .param("id", id)
                .query((rs, n) -> candidate(rs))
                .optional();
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Candidate(
                rs.getLong("id"),
                rs.getObject("first_id", UUID.class),
                rs.getObject("first_household", UUID.class),
                rs.getObject("second_id", UUID.class),
                rs.getObject("second_household", UUID.class),
                rs.getDouble("weight"),
                rs.getString("explanation"),
                rs.getString("status"),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_note"),
                rs.getString("reason"));
    }

    /** Records a decision on an open pair; false when the pair was no longer open. */
    boolean decide(long id, String status, String actor, String note, Instant now) {
        return jdbc.sql("""
                        UPDATE duplicate_candidate SET status = :status, decided_by = :actor, decided_at = :now,
                               decision_note = :note
                        WHERE id = :id AND status = 'OPEN'""")
                        .param("status", status)
                        .param("actor", actor)
                        .param("now", Timestamp.from(now))
                        .param("note", note)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Puts a pair judged the same back in the queue, as it was before the decision. */
    boolean reopen(long id) {
        return jdbc.sql("""
                        UPDATE duplicate_candidate SET status = 'OPEN', decided_by = NULL, decided_at = NULL,
                               decision_note = NULL
                        WHERE id = :id AND status = 'SAME'""").param("id", id).update() == 1;
    }

    /** Turns a pair judged the same into one judged different. */
    boolean judgeDifferentAfterAll(long id, String actor, String note, Instant now) {
        return jdbc.sql("""
                        UPDATE duplicate_candidate SET status = 'DIFFERENT', decided_by = :actor, decided_at = :now,
                               decision_note = :note
                        WHERE id = :id AND status = 'SAME'""")
                        .param("actor", actor)
                        .param("now", Timestamp.from(now))
                        .param("note", note)
                        .param("id", id)
                        .update()
                == 1;
    }
}
