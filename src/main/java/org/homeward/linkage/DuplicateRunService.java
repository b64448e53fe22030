package org.homeward.linkage;

import static org.homeward.database.ClaimedJobs.stillOurs;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.database.ClaimedJobs;
import org.homeward.database.JobTakenOverException;
import org.homeward.linkage.engine.FieldContribution;
import org.homeward.linkage.engine.Kinship;
import org.homeward.linkage.engine.LinkageResult;
import org.homeward.linkage.engine.LinkageRun;
import org.homeward.linkage.engine.LinkageSettings;
import org.homeward.linkage.engine.ScoredPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch run over the whole registry: estimates the model, scores and clusters every candidate
 * pair, and writes the pairs at or above the review weight to the review queue. Pairs a reviewer has
 * already decided are left as they are, so a pair judged different is never proposed again. One run at a
 * time across all servers on the database; its state is in its row with the heartbeat of the server
 * computing it, and a run whose server fell silent is begun again from the start by another (the rule
 * {@link ClaimedJobs} keeps for every job that runs once across servers): each pair is kept once by its
 * key, so the pairs a run cut short wrote are written over, not twice. The run records its start and
 * its end in the audit trail itself, so a run begun from the runs page and one from the command line
 * leave the same entries.
 */
@Service
public class DuplicateRunService {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateRunService.class);
    private static final long PROGRESS_STEP = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RegistryRecords registry;
    private final DuplicateRunRepository runs;
    private final DuplicateIndex index;
    private final JdbcClient jdbc;
    private final ClaimedJobs claimed;
    private final Clock clock;
    private final DuplicateRunProperties properties;
    private final AuditTrail audit;
    private final String server;

    DuplicateRunService(
            RegistryRecords registry,
            DuplicateRunRepository runs,
            DuplicateIndex index,
            JdbcClient jdbc,
            ClaimedJobs claimed,
            Clock clock,
            DuplicateRunProperties properties,
            AuditTrail audit) {
        this.registry = registry;
        this.runs = runs;
        this.index = index;
        this.jdbc = jdbc;
        this.claimed = claimed;
        this.clock = clock;
        this.properties = properties;
        this.audit = audit;
        this.server = claimed.server();
        claimed.keepAlive("duplicate-run-heartbeat", properties.silentAfter(), runs::beat);
    }

    /** This server's name in the runs' rows. */
    String server() {
        return server;
    }

    /**
     * Runs over the registry here and now and answers the run's final status; throws
     * {@link DuplicateRunBusyException} when a run is under way on any server.
     */
    public DuplicateRunStatus run(String actor) {
        return run(actor, actor);
    }

    /**
     * Runs over the registry here and now for a run stored as started by {@code actor} and audited under
     * {@code auditActor} (the command line names its operating-system user there).
     */
    public DuplicateRunStatus run(String actor, String auditActor) {
        long run = begin(actor, auditActor).orElseThrow(DuplicateRunBusyException::new);
        compute(run, auditActor);
        return runs.find(run).orElseThrow();
    }

    /**
     * As {@link #run(String, String)}, but a run whose server fell silent (stopped or killed mid-way) is first
     * taken up and computed here, as a web server would take it up, rather than blocking every new run until
     * one does: the command line has no web server beside it. Throws {@link DuplicateRunBusyException} when a
     * run is under way on a live server.
     */
    public DuplicateRunStatus runOrTakeUp(String actor, String auditActor) {
        List<Long> taken = announced(claimed.takeOverSilentToFinishNow(runs, properties.silentAfter()));
        if (taken.isEmpty()) {
            return run(actor, auditActor);
        }
        // One run is under way at a time, so at most one is taken up.
        long run = taken.get(0);
        compute(run, auditActor);
        return runs.find(run).orElseThrow();
    }

    /**
     * Stores a new run as this server's unless one is under way on any server, and audits its start;
     * its id if stored.
     */
    Optional<Long> begin(String actor, String auditActor) {
        Optional<Long> begun = runs.start(actor, server, clock.instant());
        begun.ifPresent(run -> audit.record(
                AuditEntry.of(LinkageAuditAction.DUPLICATE_RUN_STARTED, "duplicate_run", String.valueOf(run)),
                auditActor));
        return begun;
    }

    /** Computes a run taken over from a silent server, audited under the name of the one who started it. */
    void compute(long run) {
        compute(run, runs.find(run).map(DuplicateRunStatus::startedBy).orElse(null));
    }

    /**
     * Computes the run, this server's already (begun here or taken over), from the start, and audits its
     * end; a failure is stored with the run and thrown. A run taken over by another server meanwhile stops
     * without writing.
     */
    void compute(long run, String auditActor) {
        try {
            computeOwned(run);
            long written = runs.find(run).orElseThrow().pairsWritten();
            audit.record(
                    new AuditEntry(
                            LinkageAuditAction.DUPLICATE_RUN,
                            "duplicate_run",
                            String.valueOf(run),
                            null,
                            Map.of("pairsWritten", written)),
                    auditActor);
        } catch (JobTakenOverException e) {
            LOG.info("Duplicate run {} was taken over by another server", run);
        } catch (RuntimeException e) {
            if (!claimed.stopping()) {
                // The class only: a message may carry registry values.
                runs.fail(run, server, e.getClass().getSimpleName(), clock.instant());
            }
            throw e;
        }
    }

    private void computeOwned(long run) {
        long individuals = registry.count();
        AtomicLong read = new AtomicLong();
        AtomicLong lastReported = new AtomicLong(-PROGRESS_STEP);
        LinkageSettings settings = LinkageSettings.defaults();
        LinkageResult result = new LinkageRun(settings, (stage, done, total) -> {
                    if (done == total || done - lastReported.get() >= PROGRESS_STEP) {
                        lastReported.set(done);
                        stillOurs(runs.progress(run, server, stage, done, total, clock.instant()));
                    }
                })
                .run(engine -> registry.forEach(registered -> {
                    // Only the standardised records are kept: the rows as read are let go one chunk at a time.
                    engine.accept(registered.record());
                    long done = read.incrementAndGet();
                    if (done % PROGRESS_STEP == 0) {
                        stillOurs(
                                runs.progress(run, server, "read", done, Math.max(done, individuals), clock.instant()));
                    }
                }));
        long written = writeCandidates(run, result, settings.reviewWeight());
        stillOurs(runs.finish(run, server, written, result.model().toText(), clock.instant()));
        index.useModel(run, result.model());
        runs.announceModel(RegistryChangeListener.MODEL_CHANNEL);
    }

    /** Takes up the runs whose server fell silent; fails instead a run begun too often. The ids taken up. */
    List<Long> takeOverSilent() {
        return announced(claimed.takeOverSilent(runs, properties.silentAfter()));
    }

    /** Logs which silent runs were failed and which taken up; the ids taken up. */
    private List<Long> announced(ClaimedJobs.TakeOver<Long> silent) {
        silent.givenUp()
                .forEach(run -> LOG.warn(
                        "Duplicate run {} stopped its server {} times and is failed", run, properties.attempts()));
        silent.claimed().forEach(run -> LOG.info("Taking up duplicate run {}, whose server fell silent", run));
        return silent.claimed();
    }

    /** Writes the pairs at or above the review weight, checking every so many that the run is still ours; the rows written. */
    private long writeCandidates(long run, LinkageResult result, double reviewWeight) {
        long written = 0;
        Timestamp now = Timestamp.from(clock.instant());
        int pairs = result.pairs().size();
        CandidateBatch batch = new CandidateBatch();
        for (int k = 0; k < pairs; k++) {
            if (k % PROGRESS_STEP == 0) {
                // A stage of its own on the runs page: with a million pairs and more, writing takes minutes.
                stillOurs(runs.progress(run, server, WRITE_STAGE, k, pairs, clock.instant()));
            }
            if (result.pairs().weight(k) < reviewWeight) {
                continue;
            }
            ScoredPair pair = result.explain(k);
            if (!batch.add(pair)) {
                // The same pair twice in one statement would be refused: the batch so far goes first.
                written += batch.write(jdbc, now);
                batch.add(pair);
            }
            if (batch.size() >= WRITE_BATCH) {
                written += batch.write(jdbc, now);
            }
        }
        return written + batch.write(jdbc, now);
    }

    /** The stage a run reports while it writes its pairs to the review queue. */
    static final String WRITE_STAGE = "write";

    /** Pairs written to the review queue in one statement. */
    static final int WRITE_BATCH = 1_000;

    /**
     * Pairs written to the review queue together, one statement for a batch (a run over millions queues a
     * million pairs and more): a new pair is inserted, an open one refreshed, a decided one left alone.
     */
    static final class CandidateBatch {
        private final List<String> firsts = new ArrayList<>();
        private final List<String> seconds = new ArrayList<>();
        private final List<String> weights = new ArrayList<>();
        private final List<String> explanations = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private final java.util.Set<String> keys = new java.util.HashSet<>();

        /** Adds the pair; false, and nothing added, when the batch holds it already. */
        boolean add(ScoredPair pair) {
            String left = pair.leftId();
            String right = pair.rightId();
            boolean ordered = left.compareTo(right) < 0;
            String first = ordered ? left : right;
            String second = ordered ? right : left;
            if (!keys.add(first + " " + second)) {
                return false;
            }
            firsts.add(first);
            seconds.add(second);
            weights.add(Double.toString(pair.totalWeight()));
            explanations.add(explanation(pair, ordered));
            reasons.add(reason(pair));
            return true;
        }

        int size() {
            return firsts.size();
        }

        /** Writes the pairs held and empties the batch; the rows written (inserted, or still open and refreshed). */
        int write(JdbcClient jdbc, Timestamp now) {
            if (firsts.isEmpty()) {
                return 0;
            }
            int written = jdbc.sql("""
                            INSERT INTO duplicate_candidate (first_id, second_id, weight, explanation, found_at, reason)
                            SELECT p.first_id, p.second_id, p.weight, CAST(p.explanation AS jsonb), :now, p.reason
                            FROM unnest(CAST(:firsts AS uuid[]), CAST(:seconds AS uuid[]), CAST(:weights AS float8[]),
                                        CAST(:explanations AS text[]), CAST(:reasons AS text[]))
                                 AS p(first_id, second_id, weight, explanation, reason)
                            ON CONFLICT (first_id, second_id) DO UPDATE
                                SET weight = excluded.weight, explanation = excluded.explanation, reason = excluded.reason
                                WHERE duplicate_candidate.status = 'OPEN'""")
                    .param("firsts", firsts.toArray(String[]::new))
                    .param("seconds", seconds.toArray(String[]::new))
                    .param("weights", weights.toArray(String[]::new))
                    .param("explanations", explanations.toArray(String[]::new))
                    .param("reasons", reasons.toArray(String[]::new))
                    .param("now", now)
                    .update();
            firsts.clear();
            seconds.clear();
            weights.clear();
            explanations.clear();
            reasons.clear();
            keys.clear();
            return written;
        }
    }

    /** Writes one pair to the review queue, or refreshes it while it is still open; the rows written. */
    static int writeCandidate(JdbcClient jdbc, ScoredPair pair, Timestamp now) {
        CandidateBatch one = new CandidateBatch();
        one.add(pair);
        return one.write(jdbc, now);
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
