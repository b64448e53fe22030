package org.homeward.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.allocation.AllocationProposal.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores the proposals of allocation runs and the decisions taken on them, each decision once. */
@Repository
class AllocationProposals {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    AllocationProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID runId,
            WaitingCandidate household,
            String centre,
            String waitingReason,
            ProposalExplanation explanation) {
        jdbc.sql("""
                        INSERT INTO allocation_proposal (run_id, household_id, reference, persons, accessible, home_pcode,
                            proposed_centre, waiting_reason, explanation)
                        VALUES (:run, :household, :reference, :persons, :accessible, :home, :centre, :reason,
                            CAST(:explanation AS jsonb))""")
                .param("run", runId)
                .param("household", household.id())
                .param("reference", household.reference())
                .param("persons", household.persons())
                .param("accessible", household.accessible())
                .param("home", household.homePcode())
                .param("centre", centre)
                .param("reason", waitingReason)
                .param("explanation", JSON.writeValueAsString(explanation))
                .update();
    }

    List<AllocationProposal> of(UUID runId, ProposalFilter filter) {
        return filtered("SELECT * FROM allocation_proposal", runId, filter, " ORDER BY id")
                .query((rs, n) -> proposal(rs))
                .list();
    }

    /** One page of the run's proposals matching the filter, in order, with how many match in all. */
    ProposalPage page(UUID runId, ProposalFilter filter, int page, int size) {
        int total = filtered("SELECT count(*) FROM allocation_proposal", runId, filter, "")
                .query(Integer.class)
                .single();
        List<AllocationProposal> items = filtered(
                        "SELECT * FROM allocation_proposal", runId, filter, " ORDER BY id LIMIT :limit OFFSET :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> proposal(rs))
                .list();
        return new ProposalPage(total, page, size, items);
    }

    private JdbcClient.StatementSpec filtered(String select, UUID runId, ProposalFilter filter, String tail) {
        StringBuilder sql = new StringBuilder(select).append(" WHERE run_id = :run");
        if (filter.decision() != null) {
            sql.append(" AND decision = :decision");
        }
        if (filter.placed() != null) {
            sql.append(filter.placed() ? " AND proposed_centre IS NOT NULL" : " AND proposed_centre IS NULL");
        }
        if (filter.centre() != null) {
            sql.append(" AND (proposed_centre = :centre OR final_centre = :centre)");
        }
        var statement = jdbc.sql(sql.append(tail).toString()).param("run", runId);
        if (filter.decision() != null) {
            statement = statement.param("decision", filter.decision().name());
        }
        if (filter.centre() != null) {
            statement = statement.param("centre", filter.centre());
        }
        return statement;
    }

    /** The proposal, its row locked until the transaction ends so two decisions on it take turns. */
    Optional<AllocationProposal> lock(long id) {
        return jdbc.sql("SELECT * FROM allocation_proposal WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, n) -> proposal(rs))
                .optional();
    }

    void decide(long id, Decision decision, String finalCentre, String actor, Instant at, String reason) {
        jdbc.sql("""
                        UPDATE allocation_proposal SET decision = :decision, final_centre = :centre, decided_by = :actor,
                            decided_at = :at, decision_reason = :reason WHERE id = :id AND decision = 'PROPOSED'""")
                .param("id", id)
                .param("decision", decision.name())
                .param("centre", finalCentre)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .update();
    }

    /** How many proposals of the run carry each decision; every decision is present. */
    Map<Decision, Integer> decisionCounts(UUID runId) {
        Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
        for (Decision decision : Decision.values()) {
            counts.put(decision, 0);
        }
        jdbc.sql(
                        "SELECT decision, count(*)::integer AS n FROM allocation_proposal WHERE run_id = :run GROUP BY decision")
                .param("run", runId)
                .query((rs, n) -> counts.put(Decision.valueOf(rs.getString("decision")), rs.getInt("n")))
                .list();
        return counts;
    }

    /** The ids of the run's placed proposals still open, in order. */
    List<Long> openPlacedIds(UUID runId) {
        return jdbc.sql("""
                        SELECT id FROM allocation_proposal WHERE run_id = :run AND decision = 'PROPOSED'
                          AND proposed_centre IS NOT NULL ORDER BY id""").param("run", runId).query(Long.class).list();
    }

    /** The same, after the proposal a bulk acceptance handled last: it takes up where it stopped. */
    List<Long> openPlacedIdsAfter(UUID runId, long after) {
        return jdbc.sql("""
                        SELECT id FROM allocation_proposal WHERE run_id = :run AND decision = 'PROPOSED'
                          AND proposed_centre IS NOT NULL AND id > :after ORDER BY id""")
                .param("run", runId)
                .param("after", after)
                .query(Long.class)
                .list();
    }

    private static AllocationProposal proposal(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new AllocationProposal(
                rs.getLong("id"),
                rs.getObject("run_id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getString("reference"),
                rs.getInt("persons"),
                rs.getBoolean("accessible"),
                rs.getString("home_pcode"),
                rs.getString("proposed_centre"),
                rs.getString("waiting_reason"),
                JSON.readValue(rs.getString("explanation"), ProposalExplanation.class),
                Decision.valueOf(rs.getString("decision")),
                rs.getString("final_centre"),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_reason"));
    }
}
