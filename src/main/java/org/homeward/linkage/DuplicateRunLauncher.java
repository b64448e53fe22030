package org.homeward.linkage;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Starts a batch run in the background from the runs page, one at a time, and tells how far it is. */
@Component
class DuplicateRunLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateRunLauncher.class);
    private final DuplicateRunService service;
    private final DuplicateRunRepository runs;
    private final AuditTrail audit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "duplicate-run");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean running = new AtomicBoolean();

    DuplicateRunLauncher(DuplicateRunService service, DuplicateRunRepository runs, AuditTrail audit) {
        this.service = service;
        this.runs = runs;
        this.audit = audit;
    }

    /** Starts a run unless one is going; answers whether this call started it. */
    boolean start(String actor) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        audit.recordWithChange(AuditEntry.of("DUPLICATE_RUN_STARTED", "duplicate_run", "next"));
        worker.execute(() -> {
            try {
                service.run(actor);
            } catch (RuntimeException failure) {
                LOG.error("Duplicate run failed: {}", failure.getClass().getSimpleName());
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    boolean running() {
        return running.get();
    }

    Optional<DuplicateRunStatus> latest() {
        return runs.latest();
    }
}
