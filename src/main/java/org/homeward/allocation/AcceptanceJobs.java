package org.homeward.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.database.JobTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bulk acceptances in the database ({@code allocation_acceptance}): their counts, the last proposal
 * handled and the heartbeat of the server working on each. Every write that moves an acceptance on names
 * that server, so a server that lost the acceptance to another (its heartbeat fell silent) writes nothing.
 * An acceptance taken over goes on after the last proposal handled, so it is never given up for having
 * been begun too often.
 */
@Repository
class AcceptanceJobs implements JobTable<UUID> {

    private final JdbcClient jdbc;

    AcceptanceJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One bulk acceptance as stored. */
    record Job(
            UUID id,
            UUID runId,
            int total,
            int accepted,
            int refused,
            long lastProposal,
            String state,
            String startedBy,
            String server,
            Instant heartbeat) {

        boolean running() {
            return "RUNNING".equals(state);
        }
    }

    /** Starts an acceptance of the run on this server unless one is running already (on any server). */
    Optional<UUID> startIfIdle(UUID runId, int total, String startedBy, String server, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO allocation_acceptance (id, run_id, total, state, started_by, started_at, server, heartbeat)
                        VALUES (:id, :run, :total, 'RUNNING', :by, :now, :server, :now)
                        ON CONFLICT (run_id) WHERE state = 'RUNNING' DO NOTHING""")
                .param("id", id)
                .param("run", runId)
                .param("total", total)
                .param("by", startedBy)
                .param("now", Timestamp.from(now))
                .param("server", server)
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** The run's newest acceptance. */
    Optional<Job> latest(UUID runId) {
        return jdbc.sql("SELECT * FROM allocation_acceptance WHERE run_id = :run ORDER BY started_at DESC, id LIMIT 1")
                .param("run", runId)
                .query((rs, n) -> job(rs))
                .optional();
    }

    Optional<Job> find(UUID id) {
        return jdbc.sql("SELECT * FROM allocation_acceptance WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> job(rs))
                .optional();
    }

    /** Running acceptances whose server has not reported since {@code silentSince}: stopped or cut off. */
    @Override
    public List<UUID> abandoned(Instant silentSince) {
        return jdbc.sql(
                        "SELECT id FROM allocation_acceptance WHERE state = 'RUNNING' AND heartbeat < :since ORDER BY started_at")
                .param("since", Timestamp.from(silentSince))
                .query(UUID.class)
                .list();
    }

    /** Takes an abandoned acceptance over for this server; false when another server was quicker or it came back. */
    @Override
    public boolean claim(UUID id, String server, Instant now, Instant silentSince) {
        return jdbc.sql("""
                        UPDATE allocation_acceptance SET server = :server, heartbeat = :now
                        WHERE id = :id AND state = 'RUNNING' AND heartbeat < :since""")
                        .param("server", server)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("since", Timestamp.from(silentSince))
                        .update()
                == 1;
    }

    /** Counts one proposal handled (in the transaction that accepted it, when it was); false: the job is not this server's. */
    boolean handled(UUID id, long proposalId, boolean accepted, String server, Instant now) {
        String counter = accepted ? "accepted = accepted + 1" : "refused = refused + 1";
        return jdbc.sql("UPDATE allocation_acceptance SET " + counter + """
                        , last_proposal = :proposal, heartbeat = :now
                        WHERE id = :id AND server = :server AND state = 'RUNNING'""")
                        .param("proposal", proposalId)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("server", server)
                        .update()
                == 1;
    }

    /** Ends the acceptance: {@code DONE}, or {@code FAILED} with the reason. */
    void finish(UUID id, String server, boolean done, String error, Instant now) {
        jdbc.sql("""
                        UPDATE allocation_acceptance SET state = :state, error = :error, finished_at = :now, heartbeat = :now
                        WHERE id = :id AND server = :server AND state = 'RUNNING'""")
                .param("state", done ? "DONE" : "FAILED")
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("server", server)
                .update();
    }

    private static Job job(ResultSet rs) throws SQLException {
        return new Job(
                rs.getObject("id", UUID.class),
                rs.getObject("run_id", UUID.class),
                rs.getInt("total"),
                rs.getInt("accepted"),
                rs.getInt("refused"),
                rs.getLong("last_proposal"),
                rs.getString("state"),
                rs.getString("started_by"),
                rs.getString("server"),
                rs.getTimestamp("heartbeat").toInstant());
    }
}
