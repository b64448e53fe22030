package org.homeward.allocation;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * The server's share of allocation runs across several servers on one database: it computes the runs it
 * started or took over on its single worker, writes its heartbeat to their rows while it does, and takes
 * up the runs whose server fell silent (killed, restarted, cut off from the database). The heartbeat has
 * a thread of its own, so that a long solve or a busy scheduler never makes a working server look dead.
 */
@Component
class RunWorker {

    private static final Logger LOG = LoggerFactory.getLogger(RunWorker.class);

    private final AllocationRuns runs;
    private final RunExecution execution;
    private final ExecutorService executor;
    private final Clock clock;
    private final Duration silentAfter;
    private final int attempts;
    /** This process among the servers: pid and host, and a random part, since every container's pid may be 1. */
    private final String server = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "allocation-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean webServer;
    private volatile boolean stopping;

    RunWorker(
            AllocationRuns runs,
            RunExecution execution,
            @Qualifier("allocationExecutor") ExecutorService executor,
            Clock clock,
            AllocationProperties properties) {
        this.runs = runs;
        this.execution = execution;
        this.executor = executor;
        this.clock = clock;
        this.silentAfter = properties.runSilentAfter();
        this.attempts = properties.runAttempts();
        long beat = Math.max(100, silentAfter.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** This server's name in the runs' rows. */
    String server() {
        return server;
    }

    /** Computes the run in the background; it must be this server's already. */
    void submit(UUID runId) {
        executor.submit(() -> compute(runId));
    }

    /** Only a web server takes runs over: a command-line tool would stop before finishing them. */
    @EventListener(ApplicationReadyEvent.class)
    void serving(ApplicationReadyEvent ready) {
        webServer = ready.getApplicationContext() instanceof WebApplicationContext;
    }

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
        heartbeat.shutdownNow();
    }

    /**
     * Takes up the runs whose server fell silent, to compute them again from their stored window and
     * weights; fails instead a run that was begun too often, since it may be what stops its servers.
     */
    @Scheduled(
            fixedDelayString = "${homeward.allocation.run-check-interval:5s}",
            initialDelayString = "${homeward.allocation.run-check-interval:5s}")
    void takeOverSilent() {
        if (!webServer || stopping) {
            return;
        }
        Instant now = clock.instant();
        Instant silentSince = now.minus(silentAfter);
        for (UUID id : runs.abandoned(silentSince)) {
            if (runs.giveUp(id, now, silentSince, attempts)) {
                LOG.warn("Allocation run {} stopped its server {} times and is failed", id, attempts);
            } else if (runs.claim(id, server, now, silentSince, attempts)) {
                LOG.info("Taking up allocation run {}, whose server fell silent", id);
                submit(id);
            }
        }
    }

    private void beat() {
        try {
            runs.beat(server, clock.instant());
        } catch (RuntimeException e) {
            // The database is out of reach: the run's own writes fail too; the next beat tries again.
            LOG.debug("Allocation heartbeat not written: {}", e.getClass().getSimpleName());
        }
    }

    private void compute(UUID runId) {
        try {
            execution.run(runId, server);
        } catch (RunExecution.RunTakenOverException e) {
            LOG.info("Allocation run {} was taken over by another server", runId);
        } catch (RuntimeException | Error e) {
            if (stopping) {
                return; // left running: another server takes it up once this one's heartbeat is silent
            }
            LOG.error("Allocation run {} failed", runId, e);
            runs.fail(runId, server, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }
}
