package org.homeward.linkage;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a batch run in the background from the runs page, one at a time across all servers, tells how
 * far it is from its row, and takes up the runs whose server fell silent (only a web server does, see
 * {@link org.homeward.database.ClaimedJobs}).
 */
@Component
class DuplicateRunLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateRunLauncher.class);
    private final DuplicateRunService service;
    private final DuplicateRunRepository runs;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "duplicate-run");
        thread.setDaemon(true);
        return thread;
    });

    DuplicateRunLauncher(DuplicateRunService service, DuplicateRunRepository runs) {
        this.service = service;
        this.runs = runs;
    }

    /** Starts a run unless one is going on any server; answers whether this call started it. */
    boolean start(String actor) {
        Optional<Long> begun = service.begin(actor, actor);
        begun.ifPresent(run -> worker.execute(() -> computeSafely(run, actor)));
        return begun.isPresent();
    }

    /** Whether a run is under way, on this server or another. */
    boolean running() {
        return runs.latest().map(DuplicateRunStatus::running).orElse(false);
    }

    Optional<DuplicateRunStatus> latest() {
        return runs.latest();
    }

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        worker.shutdownNow();
    }

    /** Takes up the runs whose server fell silent (killed, restarted, cut off from the database). */
    @Scheduled(
            fixedDelayString = "${homeward.linkage.run.check-interval:5s}",
            initialDelayString = "${homeward.linkage.run.check-interval:5s}")
    void takeOverSilent() {
        for (long run : service.takeOverSilent()) {
            worker.execute(() -> computeSafely(run, null));
        }
    }

    /** Computes a run; one taken over (no actor given) is audited under the name of the one who started it. */
    private void computeSafely(long run, String actor) {
        try {
            if (actor == null) {
                service.compute(run);
            } else {
                service.compute(run, actor);
            }
        } catch (RuntimeException failure) {
            LOG.error("Duplicate run {} failed: {}", run, failure.getClass().getSimpleName());
        }
    }
}
