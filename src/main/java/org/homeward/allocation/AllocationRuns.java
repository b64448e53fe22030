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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores allocation runs: started, reporting stages, done with their summary, or failed. */
@Repository
class AllocationRuns {

    private static final int LISTED = 50;
    private final JdbcClient jdbc;

    AllocationRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, ArrivalWindow window, Instant at, String actor, String weightsJson) {
        jdbc.sql("""
                        INSERT INTO allocation_run (id, status, window_from, window_to, started_at, started_by, weights)
                        VALUES (:id, 'RUNNING', :from, :to, :at, :actor, CAST(:weights AS jsonb))""")
                .param("id", id)
                .param("from", window == null ? null : java.sql.Date.valueOf(window.from()))
                .param("to", window == null ? null : java.sql.Date.valueOf(window.to()))
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("weights", weightsJson)
                .update();
    }

    void stage(UUID id, String message) {
        jdbc.sql("UPDATE allocation_run SET stage = stage + 1, stage_message = :message WHERE id = :id")
                .param("id", id)
                .param("message", message)
                .update();
    }

    void counted(UUID id, int households, int skipped) {
        jdbc.sql("UPDATE allocation_run SET households = :households, households_skipped = :skipped WHERE id = :id")
                .param("id", id)
                .param("households", households)
                .param("skipped", skipped)
                .update();
    }

    void finish(UUID id, AllocationPlan plan, Instant at) {
        double gap = plan.gap();
        jdbc.sql("""
                        UPDATE allocation_run SET status = 'DONE', finished_at = :at, households_placed = :hp,
                            households_waiting = :hw, persons_placed = :pp, persons_waiting = :pw, total_cost = :cost,
                            lower_bound = :bound, gap = :gap WHERE id = :id""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("hp", plan.summary().householdsPlaced())
                .param("hw", plan.summary().householdsWaiting())
                .param("pp", plan.summary().personsPlaced())
                .param("pw", plan.summary().personsWaiting())
                .param("cost", plan.cost().total())
                .param("bound", plan.lowerBound())
                .param("gap", Double.isFinite(gap) ? gap : null)
                .update();
    }

    void fail(UUID id, String failure, Instant at) {
        jdbc.sql("UPDATE allocation_run SET status = 'FAILED', finished_at = :at, failure = :failure WHERE id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("failure", failure)
                .update();
    }

    /** Marks runs left RUNNING by a stopped application as failed; returns how many. */
    int failInterrupted(Instant at) {
        return jdbc.sql("""
                        UPDATE allocation_run SET status = 'FAILED', finished_at = :at,
                            failure = 'The application stopped during the run' WHERE status = 'RUNNING'""").param("at", Timestamp.from(at)).update();
    }

    Optional<AllocationRun> find(UUID id) {
        return jdbc.sql("SELECT * FROM allocation_run WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> run(rs))
                .optional();
    }

    boolean anyRunning() {
        return jdbc.sql("SELECT count(*) FROM allocation_run WHERE status = 'RUNNING'")
                        .query(Long.class)
                        .single()
                > 0;
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
