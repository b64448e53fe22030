package org.homeward.linkage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.homeward.linkage.engine.FieldContribution;
import org.homeward.linkage.engine.Kinship;
import org.homeward.linkage.engine.LinkageResult;
import org.homeward.linkage.engine.LinkageRun;
import org.homeward.linkage.engine.LinkageSettings;
import org.homeward.linkage.engine.ScoredPair;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch run over the whole registry: estimates the model, scores and clusters every candidate
 * pair, and writes the pairs at or above the review weight to the review queue. Pairs a reviewer has
 * already decided are left as they are, so a pair judged different is never proposed again.
 */
@Service
public class DuplicateRunService {

    private static final long PROGRESS_STEP = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RegistryRecords registry;
    private final DuplicateRunRepository runs;
    private final DuplicateIndex index;
    private final JdbcClient jdbc;
    private final Clock clock;

    DuplicateRunService(
            RegistryRecords registry, DuplicateRunRepository runs, DuplicateIndex index, JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.runs = runs;
        this.index = index;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs over the registry and answers the run's final status. */
    public DuplicateRunStatus run(String actor) {
        long run = runs.start(actor, clock.instant());
        long individuals = registry.count();
        AtomicLong read = new AtomicLong();
        AtomicLong lastReported = new AtomicLong(-PROGRESS_STEP);
        LinkageSettings settings = LinkageSettings.defaults();
        LinkageResult result = new LinkageRun(settings, (stage, done, total) -> {
                    if (done == total || done - lastReported.get() >= PROGRESS_STEP) {
                        lastReported.set(done);
                        runs.progress(run, stage, done, total);
                    }
                })
                .run(engine -> registry.forEach(registered -> {
                    // Only the standardised records are kept: the rows as read are let go one chunk at a time.
                    engine.accept(registered.record());
                    long done = read.incrementAndGet();
                    if (done % PROGRESS_STEP == 0) {
                        runs.progress(run, "read", done, Math.max(done, individuals));
                    }
                }));
        long written = writeCandidates(result, settings.reviewWeight());
        runs.finish(run, "done", written, result.model().toText(), clock.instant());
        index.useModel(result.model());
        return runs.latest().orElseThrow();
    }

    private long writeCandidates(LinkageResult result, double reviewWeight) {
        long written = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (int k = 0; k < result.pairs().size(); k++) {
            if (result.pairs().weight(k) < reviewWeight) {
                continue;
            }
            written += writeCandidate(jdbc, result.explain(k), now);
        }
        return written;
    }

    /** Writes one pair to the review queue, or refreshes it while it is still open; the rows written. */
    static int writeCandidate(JdbcClient jdbc, ScoredPair pair, Timestamp now) {
        String left = pair.leftId();
        String right = pair.rightId();
        boolean ordered = left.compareTo(right) < 0;
        return jdbc.sql("""
                        INSERT INTO duplicate_candidate (first_id, second_id, weight, explanation, found_at, reason)
                        VALUES (CAST(:first AS uuid), CAST(:second AS uuid), :weight, CAST(:explanation AS jsonb), :now,
                                :reason)
                        ON CONFLICT (first_id, second_id) DO UPDATE
                            SET weight = excluded.weight, explanation = excluded.explanation, reason = excluded.reason
                            WHERE duplicate_candidate.status = 'OPEN'""")
                .param("first", ordered ? left : right)
                .param("second", ordered ? right : left)
                .param("weight", pair.totalWeight())
                .param("explanation", explanation(pair, ordered))
                .param("now", now)
                .param("reason", reason(pair))
                .update();
    }

    /** The coded reason the pair may be relatives (stored and translated), or null. */
    static String reason(ScoredPair pair) {
        return pair.kinship() == Kinship.NONE ? null : pair.kinship().name();
    }

    /** The field-by-field explanation, values given in the stored pair's order (first, second). */
    static String explanation(ScoredPair pair, boolean ordered) {
        List<Object> fields = new ArrayList<>();
        for (FieldContribution field : pair.contributions()) {
            fields.add(java.util.Map.of(
                    "field",
                    field.field().name(),
                    "first",
                    text(ordered ? field.left() : field.right()),
                    "second",
                    text(ordered ? field.right() : field.left()),
                    "level",
                    field.levelName(),
                    "weight",
                    Math.round(field.weight() * 10) / 10.0));
        }
        return JSON.writeValueAsString(
                java.util.Map.of("prior", Math.round(pair.prior() * 10) / 10.0, "fields", fields));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
