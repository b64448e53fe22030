package org.homeward.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homeward.database.JobTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Batch runs over the registry: their state, progress and the model each estimated, and the server
 * computing each with its heartbeat. Every write that moves a run on names that server, so a server that
 * lost the run to another (its heartbeat fell silent) writes nothing more. A run is begun again by another
 * server at most {@code homeward.linkage.run.attempts} times in all.
 */
@Repository
class DuplicateRunRepository implements JobTable<Long> {

    private static final String COLUMNS =
            "id, started_at, started_by, finished_at, stage, done, total, pairs_written, state, failure";
    private final JdbcClient jdbc;
    private final int maxAttempts;

    DuplicateRunRepository(JdbcClient jdbc, DuplicateRunProperties properties) {
        this.jdbc = jdbc;
        this.maxAttempts = properties.attempts();
    }

    /** The model a batch run estimated, as text, and the run's id. */
    record StoredModel(long run, String text) {}

    /** The model of the latest run that stored one. */
    Optional<StoredModel> latestModel() {
        return jdbc.sql("SELECT id, model FROM duplicate_run WHERE model IS NOT NULL ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new StoredModel(rs.getLong("id"), rs.getString("model")))
                .optional();
    }

    /** The id of the latest run that stored a model (0: none), read without the model: asked every few seconds. */
    long latestModelRun() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM duplicate_run WHERE model IS NOT NULL")
                .query(Long.class)
                .single();
    }

    /** Tells the other servers, on {@code channel}, that a run stored a new model (the notice carries nothing). */
    void announceModel(String channel) {
        jdbc.sql("SELECT pg_notify(:channel, '')")
                .param("channel", channel)
                .query((rs, n) -> 1)
                .single();
    }

    /** Stores a new run as running on this server, unless one is running on any server; its id if stored. */
    Optional<Long> start(String actor, String server, Instant now) {
        return jdbc.sql("""
                        INSERT INTO duplicate_run (started_at, started_by, stage, state, server, heartbeat)
                        VALUES (:now, :actor, 'read', 'RUNNING', :server, :now)
                        ON CONFLICT (state) WHERE state = 'RUNNING' DO NOTHING RETURNING id""")
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("server", server)
                .query(Long.class)
                .optional();
    }

    /** Records how far the run is, with the server's heartbeat; false: the run is no longer this server's. */
    boolean progress(long run, String server, String stage, long done, long total, Instant now) {
        return jdbc.sql("""
                        UPDATE duplicate_run SET stage = :stage, done = :done, total = :total, heartbeat = :now
                        WHERE id = :id AND server = :server AND state = 'RUNNING'""")
                        .param("stage", stage)
                        .param("done", done)
                        .param("total", total)
                        .param("now", Timestamp.from(now))
                        .param("id", run)
                        .param("server", server)
                        .update()
                == 1;
    }

    /** Writes the server's heartbeat to the run; false: the run is no longer this server's. */
    boolean stillOurs(long run, String server, Instant now) {
        return jdbc.sql(
                                "UPDATE duplicate_run SET heartbeat = :now WHERE id = :id AND server = :server AND state = 'RUNNING'")
                        .param("now", Timestamp.from(now))
                        .param("id", run)
                        .param("server", server)
                        .update()
                == 1;
    }

    /** Ends the run with its model; false (and nothing written): the run is no longer this server's. */
    boolean finish(long run, String server, long pairsWritten, String model, Instant now) {
        return jdbc.sql("""
                        UPDATE duplicate_run SET state = 'DONE', stage = 'done', pairs_written = :pairs, model = :model,
                            finished_at = :now, heartbeat = :now
                        WHERE id = :id AND server = :server AND state = 'RUNNING'""")
                        .param("pairs", pairsWritten)
                        .param("model", model)
                        .param("now", Timestamp.from(now))
                        .param("id", run)
                        .param("server", server)
                        .update()
                == 1;
    }

    void fail(long run, String server, String failure, Instant now) {
        jdbc.sql("""
                        UPDATE duplicate_run SET state = 'FAILED', failure = :failure, finished_at = :now
                        WHERE id = :id AND server = :server AND state = 'RUNNING'""")
                .param("failure", failure)
                .param("now", Timestamp.from(now))
                .param("id", run)
                .param("server", server)
                .update();
    }

    /** Tells the other servers this one still works on its runs. */
    void beat(String server, Instant now) {
        jdbc.sql("UPDATE duplicate_run SET heartbeat = :now WHERE server = :server AND state = 'RUNNING'")
                .param("now", Timestamp.from(now))
                .param("server", server)
                .update();
    }

    /** Running runs whose server has not reported since {@code silentSince}: stopped or cut off. */
    @Override
    public List<Long> abandoned(Instant silentSince) {
        return jdbc.sql("SELECT id FROM duplicate_run WHERE state = 'RUNNING' AND heartbeat < :since")
                .param("since", Timestamp.from(silentSince))
                .query(Long.class)
                .list();
    }

    @Override
    public boolean claim(Long run, String server, Instant now, Instant silentSince) {
        return claim(run.longValue(), server, now, silentSince, maxAttempts);
    }

    @Override
    public boolean giveUp(Long run, Instant now, Instant silentSince) {
        return giveUp(run.longValue(), now, silentSince, maxAttempts);
    }

    /**
     * Takes an abandoned run over for this server, to run it again from the start; false when another server
     * was quicker, the silent one came back, or the run was begun {@code maxAttempts} times already.
     */
    boolean claim(long run, String server, Instant now, Instant silentSince, int maxAttempts) {
        return jdbc.sql("""
                        UPDATE duplicate_run SET server = :server, heartbeat = :now, attempts = attempts + 1,
                            stage = 'read', done = 0, total = 0, pairs_written = 0
                        WHERE id = :id AND state = 'RUNNING' AND heartbeat < :since AND attempts < :max""")
                        .param("server", server)
                        .param("now", Timestamp.from(now))
                        .param("id", run)
                        .param("since", Timestamp.from(silentSince))
                        .param("max", maxAttempts)
                        .update()
                == 1;
    }

    /** Fails an abandoned run that was begun {@code maxAttempts} times, so that it stops no further server. */
    boolean giveUp(long run, Instant now, Instant silentSince, int maxAttempts) {
        return jdbc.sql("""
                        UPDATE duplicate_run SET state = 'FAILED', finished_at = :now,
                            failure = 'The run stopped its server ' || attempts || ' times; start a new one'
                        WHERE id = :id AND state = 'RUNNING' AND heartbeat < :since AND attempts >= :max""")
                        .param("now", Timestamp.from(now))
                        .param("id", run)
                        .param("since", Timestamp.from(silentSince))
                        .param("max", maxAttempts)
                        .update()
                == 1;
    }

    Optional<DuplicateRunStatus> find(long run) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM duplicate_run WHERE id = :id")
                .param("id", run)
                .query((rs, n) -> status(rs))
                .optional();
    }

    /** The newest run, for the progress page. */
    Optional<DuplicateRunStatus> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM duplicate_run ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> status(rs))
                .optional();
    }

    private static DuplicateRunStatus status(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new DuplicateRunStatus(
                rs.getLong("id"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getString("started_by"),
                finished == null ? null : finished.toInstant(),
                rs.getString("stage"),
                rs.getLong("done"),
                rs.getLong("total"),
                rs.getLong("pairs_written"),
                rs.getString("state"),
                rs.getString("failure"));
    }
}
