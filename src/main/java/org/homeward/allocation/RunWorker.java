package org.homeward.allocation;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.homeward.database.ClaimedJobs;
import org.homeward.database.JobTakenOverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The server's share of allocation runs across several servers on one database: it computes the runs it
 * started or took over on its single worker, writes its heartbeat to their rows while it does, and takes
 * up the runs whose server fell silent (killed, restarted, cut off from the database), by the rule
 * {@link ClaimedJobs} keeps for every job that runs once across servers.
 */
@Component
class RunWorker {

    private static final Logger LOG = LoggerFactory.getLogger(RunWorker.class);

    private final AllocationRuns runs;
    private final RunExecution execution;
    private final ExecutorService executor;
    private final ClaimedJobs claimed;
    private final Clock clock;
    private final Duration silentAfter;
    private final int attempts;

    RunWorker(
            AllocationRuns runs,
            RunExecution execution,
            @Qualifier("allocationExecutor") ExecutorService executor,
            ClaimedJobs claimed,
            Clock clock,
            AllocationProperties properties) {
        this.runs = runs;
        this.execution = execution;
        this.executor = executor;
        this.claimed = claimed;
        this.clock = clock;
        this.silentAfter = properties.runSilentAfter();
        this.attempts = properties.runAttempts();
        claimed.keepAlive("allocation-heartbeat", silentAfter, runs::beat);
    }

    /** This server's name in the runs' rows. */
    String server() {
        return claimed.server();
    }

    /** Computes the run in the background; it must be this server's already. */
    void submit(UUID runId) {
        executor.submit(() -> compute(runId));
    }

    /**
     * Takes up the runs whose server fell silent, to compute them again from their stored window and
     * weights; fails instead a run that was begun too often, since it may be what stops its servers.
     */
    @Scheduled(
            fixedDelayString = "${homeward.allocation.run-check-interval:5s}",
            initialDelayString = "${homeward.allocation.run-check-interval:5s}")
    void takeOverSilent() {
        ClaimedJobs.TakeOver<UUID> silent = claimed.takeOverSilent(runs, silentAfter);
        silent.givenUp()
                .forEach(id -> LOG.warn("Allocation run {} stopped its server {} times and is failed", id, attempts));
        for (UUID id : silent.claimed()) {
            LOG.info("Taking up allocation run {}, whose server fell silent", id);
            submit(id);
        }
    }

    private void compute(UUID runId) {
        try {
            execution.run(runId, server());
        } catch (JobTakenOverException e) {
            LOG.info("Allocation run {} was taken over by another server", runId);
        } catch (RuntimeException | Error e) {
            if (claimed.stopping()) {
                return; // left running: another server takes it up once this one's heartbeat is silent
            }
            LOG.error("Allocation run {} failed", runId, e);
            runs.fail(runId, server(), e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }
}
