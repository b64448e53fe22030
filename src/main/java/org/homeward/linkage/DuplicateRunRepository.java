package org.homeward.linkage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Batch runs over the registry: their progress and the model each estimated. */
@Repository
class DuplicateRunRepository {

    private final JdbcClient jdbc;

    DuplicateRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> latestModel() {
        return jdbc.sql("SELECT model FROM duplicate_run WHERE model IS NOT NULL ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .optional();
    }

    long start(String actor, Instant now) {
        return jdbc.sql(
                        "INSERT INTO duplicate_run (started_at, started_by, stage) VALUES (:now, :actor, 'read') RETURNING id")
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    void progress(long run, String stage, long done, long total) {
        jdbc.sql("UPDATE duplicate_run SET stage = :stage, done = :done, total = :total WHERE id = :id")
                .param("stage", stage)
                .param("done", done)
                .param("total", total)
                .param("id", run)
                .update();
    }

    void finish(long run, String stage, long pairsWritten, String model, Instant now) {
        jdbc.sql("""
                        UPDATE duplicate_run SET stage = :stage, pairs_written = :pairs, model = :model, finished_at = :now
                        WHERE id = :id""")
                .param("stage", stage)
                .param("pairs", pairsWritten)
                .param("model", model)
                .param("now", Timestamp.from(now))
                .param("id", run)
                .update();
    }

    /** The newest run, for the progress page. */
    Optional<DuplicateRunStatus> latest() {
        return jdbc.sql("""
                        SELECT id, started_at, started_by, finished_at, stage, done, total, pairs_written
                        FROM duplicate_run ORDER BY id DESC LIMIT 1""")
                .query((rs, n) -> new DuplicateRunStatus(
                        rs.getLong("id"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getString("started_by"),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant(),
                        rs.getString("stage"),
                        rs.getLong("done"),
                        rs.getLong("total"),
                        rs.getLong("pairs_written")))
                .optional();
    }
}
