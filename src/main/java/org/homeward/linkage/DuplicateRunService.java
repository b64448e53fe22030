package org.homeward.linkage;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.homeward.linkage.engine.FieldContribution;
import org.homeward.linkage.engine.Kinship;
import org.homeward.linkage.engine.LinkageResult;
import org.homeward.linkage.engine.LinkageRun;
import org.homeward.linkage.engine.LinkageSettings;
import org.homeward.linkage.engine.ScoredPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch run over the whole registry: estimates the model, scores and clusters every candidate
 * pair, and writes the pairs at or above the review weight to the review queue. Pairs a reviewer has
 * already decided are left as they are, so a pair judged different is never proposed again. One run at a
 * time across all servers on the database; its state is in its row with the heartbeat of the server
 * computing it, and a run whose server fell silent is begun again from the start by another: each pair
 * is kept once by its key, so the pairs a run cut short wrote are written over, not twice.
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
    private final Clock clock;
    private final DuplicateRunProperties properties;
    /** This process among the servers: pid and host, and a random part, since every container's pid may be 1. */
    private final String server = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    /** The heartbeat has a thread of its own, so that a long stage never makes a working server look dead. */
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "duplicate-run-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    private volatile boolean stopping;

    DuplicateRunService(
            RegistryRecords registry,
            DuplicateRunRepository runs,
            DuplicateIndex index,
            JdbcClient jdbc,
            Clock clock,
            DuplicateRunProperties properties) {
        this.registry = registry;
        this.runs = runs;
        this.index = index;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        long beat = Math.max(100, properties.silentAfter().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
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
        long run = begin(actor).orElseThrow(DuplicateRunBusyException::new);
        compute(run);
        return runs.find(run).orElseThrow();
    }

    /** Stores a new run as this server's unless one is under way on any server; its id if stored. */
    Optional<Long> begin(String actor) {
        return runs.start(actor, server, clock.instant());
    }

    /**
     * Computes the run, this server's already (begun here or taken over), from the start; a failure is
     * stored with the run and thrown. A run taken over by another server meanwhile stops without writing.
     */
    void compute(long run) {
        try {
            computeOwned(run);
        } catch (RunTakenOverException e) {
            LOG.info("Duplicate run {} was taken over by another server", run);
        } catch (RuntimeException e) {
            if (!stopping) {
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
                        ours(runs.progress(run, server, stage, done, total, clock.instant()));
                    }
                })
                .run(engine -> registry.forEach(registered -> {
                    // Only the standardised records are kept: the rows as read are let go one chunk at a time.
                    engine.accept(registered.record());
                    long done = read.incrementAndGet();
                    if (done % PROGRESS_STEP == 0) {
                        ours(runs.progress(run, server, "read", done, Math.max(done, individuals), clock.instant()));
                    }
                }));
        long written = writeCandidates(run, result, settings.reviewWeight());
        ours(runs.finish(run, server, written, result.model().toText(), clock.instant()));
        index.useModel(result.model());
    }

    /** Takes up the runs whose server fell silent; fails instead a run begun too often. The ids taken up. */
    List<Long> takeOverSilent() {
        List<Long> taken = new ArrayList<>();
        java.time.Instant now = clock.instant();
        java.time.Instant silentSince = now.minus(properties.silentAfter());
        for (long run : runs.abandoned(silentSince)) {
            if (runs.giveUp(run, now, silentSince, properties.attempts())) {
                LOG.warn("Duplicate run {} stopped its server {} times and is failed", run, properties.attempts());
            } else if (runs.claim(run, server, now, silentSince, properties.attempts())) {
                LOG.info("Taking up duplicate run {}, whose server fell silent", run);
                taken.add(run);
            }
        }
        return taken;
    }

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
        heartbeat.shutdownNow();
    }

    private void beat() {
        try {
            runs.beat(server, clock.instant());
        } catch (RuntimeException e) {
            // The database is out of reach: the run's own writes fail too; the next beat tries again.
            LOG.debug("Duplicate run heartbeat not written: {}", e.getClass().getSimpleName());
        }
    }

    private static void ours(boolean stillOurs) {
        if (!stillOurs) {
            throw new RunTakenOverException();
        }
    }

    /** The run was taken over by another server while this one was silent: this one stops without writing. */
    private static final class RunTakenOverException extends RuntimeException {

        RunTakenOverException() {
            super("taken over by another server", null, false, false);
        }
    }

    /** Writes the pairs at or above the review weight, checking every so many that the run is still ours; the rows written. */
    private long writeCandidates(long run, LinkageResult result, double reviewWeight) {
        long written = 0;
        Timestamp now = Timestamp.from(clock.instant());
        int pairs = result.pairs().size();
        for (int k = 0; k < pairs; k++) {
            if (k % PROGRESS_STEP == 0) {
                ours(runs.stillOurs(run, server, clock.instant()));
            }
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
