package org.homeward.database;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * This server's share of the jobs that run once across all servers on one database (allocation runs,
 * duplicate runs, bulk acceptances): its name in the jobs' rows, the heartbeat it writes to them from
 * threads of its own, and the rule by which it takes over a job whose server fell silent. The SQL stays
 * with each job's feature ({@link JobTable}): SQL built here from a table name passed in would hide that
 * table from the table-ownership check, which reads the tables each feature's SQL text names.
 */
@Component
public class ClaimedJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimedJobs.class);
    /** A heartbeat never more often than this, however short the silence allowed. */
    private static final Duration FASTEST_BEAT = Duration.ofMillis(100);

    private final Clock clock;
    /** This process among the servers: pid and host, and a random part, since every container's pid may be 1. */
    private final String server = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    private final List<ScheduledExecutorService> heartbeats = new CopyOnWriteArrayList<>();
    private volatile boolean webServer;
    private volatile boolean stopping;

    ClaimedJobs(Clock clock) {
        this.clock = clock;
    }

    /** What the jobs found silent came to: those this server took over, and those failed as begun too often. */
    public record TakeOver<K>(List<K> claimed, List<K> givenUp) {}

    /** This server's name in the jobs' rows. */
    public String server() {
        return server;
    }

    /** Whether the application is closing: a job cut short now is left running, for another server to take up. */
    public boolean stopping() {
        return stopping;
    }

    /**
     * Writes this server's heartbeat with {@code beat} every third of the silence allowed, on a thread of
     * its own, so that a long computation or a busy scheduler never makes a working server look dead; until
     * the application closes. A beat the database refuses is tried again at the next.
     */
    public void keepAlive(String thread, Duration silentAfter, BiConsumer<String, Instant> beat) {
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread beating = new Thread(task, thread);
            beating.setDaemon(true);
            return beating;
        });
        heartbeats.add(heartbeat);
        long every = beatEvery(silentAfter).toMillis();
        heartbeat.scheduleWithFixedDelay(() -> beat(thread, beat), every, every, TimeUnit.MILLISECONDS);
    }

    /** How often a heartbeat is written: three beats within the silence allowed, so one lost beat is no death. */
    static Duration beatEvery(Duration silentAfter) {
        return Duration.ofMillis(Math.max(FASTEST_BEAT.toMillis(), silentAfter.toMillis() / 3));
    }

    /**
     * Takes over the jobs of {@code table} whose server has been silent for longer than {@code silentAfter}
     * (killed, restarted, cut off from the database), failing instead those the table gives up. Only a web
     * server that is not closing takes jobs over: a command-line tool would stop before finishing them.
     */
    public <K> TakeOver<K> takeOverSilent(JobTable<K> table, Duration silentAfter) {
        if (!webServer || stopping) {
            return new TakeOver<>(List.of(), List.of());
        }
        return takeOver(table, silentAfter);
    }

    /**
     * As {@link #takeOverSilent}, for a command-line tool asked to do such a job now (which no web server
     * may be there to take up): the jobs claimed are the caller's to finish before it exits.
     */
    public <K> TakeOver<K> takeOverSilentToFinishNow(JobTable<K> table, Duration silentAfter) {
        if (stopping) {
            return new TakeOver<>(List.of(), List.of());
        }
        return takeOver(table, silentAfter);
    }

    private <K> TakeOver<K> takeOver(JobTable<K> table, Duration silentAfter) {
        Instant now = clock.instant();
        Instant silentSince = now.minus(silentAfter);
        List<K> claimed = new ArrayList<>();
        List<K> givenUp = new ArrayList<>();
        for (K job : table.abandoned(silentSince)) {
            if (table.giveUp(job, now, silentSince)) {
                givenUp.add(job);
            } else if (table.claim(job, server, now, silentSince)) {
                claimed.add(job);
            }
        }
        return new TakeOver<>(List.copyOf(claimed), List.copyOf(givenUp));
    }

    /** Goes on when the write that names this server went through; else the job is another's and this one stops. */
    public static void stillOurs(boolean written) {
        if (!written) {
            throw new JobTakenOverException();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void serving(ApplicationReadyEvent ready) {
        webServer = ready.getApplicationContext() instanceof WebApplicationContext;
    }

    /** First of the listeners to closing, so a job its feature interrupts then is seen as cut short, not failed. */
    @EventListener(ContextClosedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void closing() {
        stopping = true;
        heartbeats.forEach(ScheduledExecutorService::shutdownNow);
    }

    private void beat(String thread, BiConsumer<String, Instant> beat) {
        try {
            beat.accept(server, clock.instant());
        } catch (RuntimeException e) {
            // The database is out of reach: the job's own writes fail too; the next beat tries again.
            LOG.debug("Heartbeat {} not written: {}", thread, e.getClass().getSimpleName());
        }
    }
}
