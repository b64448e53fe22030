package org.homeward.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.allocation.engine.AllocationPlan;
import org.homeward.database.JobTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores allocation runs: started, reporting stages, done with their summary, or failed. Every write that
 * moves a run on names the server computing it, so a server that lost the run to another (its heartbeat
 * fell silent) writes nothing more. A run is begun again by another server at most
 * {@code homeward.allocation.run-attempts} times in all.
 */
@Repository
class AllocationRuns implements JobTable<UUID> {

    private static final int LISTED = 50;
    private final JdbcClient jdbc;
    private final int maxAttempts;

    AllocationRuns(JdbcClient jdbc, AllocationProperties properties) {
        this.jdbc = jdbc;
        this.maxAttempts = properties.runAttempts();
    }

    /**
     * Stores a new run as running on this server, unless a run is running already on any server; answers
     * whether it was stored.
     */
    boolean start(UUID id, ArrivalWindow window, Instant at, String actor, String weightsJson, String server) {
        return jdbc.sql("""
                        INSERT INTO allocation_run (id, status, window_from, window_to, started_at, started_by, weights,
                                                    server, heartbeat)
                        VALUES (:id, 'RUNNING', :from, :to, :at, :actor, CAST(:weights AS jsonb), :server, :at)
                        ON CONFLICT (status) WHERE status = 'RUNNING' DO NOTHING""")
                        .param("id", id)
                        .param("from", window == null ? null : java.sql.Date.valueOf(window.from()))
                        .param("to", window == null ? null : java.sql.Date.valueOf(window.to()))
                        .param("at", Timestamp.from(at))
                        .param("actor", actor)
                        .param("weights", weightsJson)
                        .param("server", server)
                        .update()
                == 1;
    }

    /** The weights the run was started with, as stored (JSON). */
    String weights(UUID id) {
        return jdbc.sql("SELECT weights::text FROM allocation_run WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** Records the engine's next report and the server's heartbeat; false: the run is no longer this server's. */
    boolean stage(UUID id, String server, String message, Instant now) {
        return jdbc.sql("""
                        UPDATE allocation_run SET stage = stage + 1, stage_message = :message, heartbeat = :now
                        WHERE id = :id AND server = :server AND status = 'RUNNING'""")
                        .param("id", id)
                        .param("server", server)
                        .param("message", message)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    boolean counted(UUID id, String server, int households, int skipped) {
        return jdbc.sql("""
                        UPDATE allocation_run SET households = :households, households_skipped = :skipped
                        WHERE id = :id AND server = :server AND status = 'RUNNING'""")
                        .param("id", id)
                        .param("server", server)
                        .param("households", households)
                        .param("skipped", skipped)
                        .update()
                == 1;
    }

    /** Tells the other servers this one still works on its runs. */
    void beat(String server, Instant now) {
        jdbc.sql("UPDATE allocation_run SET heartbeat = :now WHERE server = :server AND status = 'RUNNING'")
                .param("now", Timestamp.from(now))
                .param("server", server)
                .update();
    }

    /** Ends the run with its summary; false (and nothing written): the run is no longer this server's. */
    boolean finish(UUID id, String server, AllocationPlan plan, Instant at) {
        double gap = plan.gap();
        return jdbc.sql("""
                        UPDATE allocation_run SET status = 'DONE', finished_at = :at, heartbeat = :at,
                            households_placed = :hp, households_waiting = :hw, persons_placed = :pp,
                            persons_waiting = :pw, total_cost = :cost, lower_bound = :bound, gap = :gap
                        WHERE id = :id AND server = :server AND status = 'RUNNING'""")
                        .param("id", id)
                        .param("server", server)
                        .param("at", Timestamp.from(at))
                        .param("hp", plan.summary().householdsPlaced())
                        .param("hw", plan.summary().householdsWaiting())
                        .param("pp", plan.summary().personsPlaced())
                        .param("pw", plan.summary().personsWaiting())
                        .param("cost", plan.cost().total())
                        .param("bound", plan.lowerBound())
                        .param("gap", Double.isFinite(gap) ? gap : null)
                        .update()
                == 1;
    }

    void fail(UUID id, String server, String failure, Instant at) {
        jdbc.sql("""
                        UPDATE allocation_run SET status = 'FAILED', finished_at = :at, failure = :failure
                        WHERE id = :id AND server = :server AND status = 'RUNNING'""")
                .param("id", id)
                .param("server", server)
                .param("at", Timestamp.from(at))
                .param("failure", failure)
                .update();
    }

    /** Running runs whose server has not reported since {@code silentSince}: stopped or cut off. */
    @Override
    public List<UUID> abandoned(Instant silentSince) {
        return jdbc.sql("SELECT id FROM allocation_run WHERE status = 'RUNNING' AND heartbeat < :since")
                .param("since", Timestamp.from(silentSince))
                .query(UUID.class)
                .list();
    }

    @Override
    public boolean claim(UUID id, String server, Instant now, Instant silentSince) {
        return claim(id, server, now, silentSince, maxAttempts);
    }

    @Override
    public boolean giveUp(UUID id, Instant now, Instant silentSince) {
        return giveUp(id, now, silentSince, maxAttempts);
    }

    /**
     * Takes an abandoned run over for this server, to compute it again from the start; false when another
     * server was quicker, the silent one came back, or the run was begun {@code maxAttempts} times already.
     */
    boolean claim(UUID id, String server, Instant now, Instant silentSince, int maxAttempts) {
        return jdbc.sql("""
                        UPDATE allocation_run SET server = :server, heartbeat = :now, attempts = attempts + 1,
                            stage = 0, households = 0, households_skipped = 0,
                            stage_message = 'begun again: the server computing it fell silent'
                        WHERE id = :id AND status = 'RUNNING' AND heartbeat < :since AND attempts < :max""")
                        .param("server", server)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("since", Timestamp.from(silentSince))
                        .param("max", maxAttempts)
                        .update()
                == 1;
    }

    /** Fails an abandoned run that was begun {@code maxAttempts} times, so that it stops no further server. */
    boolean giveUp(UUID id, Instant now, Instant silentSince, int maxAttempts) {
        return jdbc.sql("""
                        UPDATE allocation_run SET status = 'FAILED', finished_at = :now,
                            failure = 'The run stopped its server ' || attempts || ' times; start a new one'
                        WHERE id = :id AND status = 'RUNNING' AND heartbeat < :since AND attempts >= :max""")
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("since", Timestamp.from(silentSince))
                        .param("max", maxAttempts)
                        .update()
                == 1;
    }

    Optional<AllocationRun> find(UUID id) {
        return jdbc.sql("SELECT * FROM allocation_run WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> run(rs))
                .optional();
    }

    /** The latest runs, newest first. */
    List<AllocationRun> latest() {
        return jdbc.sql("SELECT * FROM allocation_run ORDER BY started_at DESC LIMIT " + LISTED)
                .query((rs, n) -> run(rs))
                .list();
    }

    private static AllocationRun run(ResultSet rs) throws SQLException {
        return new AllocationRun(
                rs.getObject("id", UUID.class),
                AllocationRun.RunStatus.valueOf(rs.getString("status")),
                date(rs, "window_from"),
                date(rs, "window_to"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getString("started_by"),
                instant(rs, "finished_at"),
                rs.getInt("stage"),
                rs.getString("stage_message"),
                rs.getInt("households"),
                rs.getInt("households_placed"),
                rs.getInt("households_waiting"),
                rs.getLong("persons_placed"),
                rs.getLong("persons_waiting"),
                rs.getInt("households_skipped"),
                rs.getObject("total_cost", Double.class),
                rs.getObject("lower_bound", Double.class),
                rs.getObject("gap", Double.class),
                rs.getString("failure"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
