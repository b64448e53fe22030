package org.homeward.allocation;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.homeward.allocation.engine.AllocationEngine;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The engine and the single background worker that allocation runs take turns on. */
@Configuration(proxyBeanMethods = false)
class AllocationConfiguration {

    @Bean
    AllocationEngine allocationEngine() {
        return new AllocationEngine();
    }

    /** One run at a time: a national run takes both cores of a field server as it is. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService allocationExecutor() {
        return singleWorker("allocation-run");
    }

    /** Bulk acceptances of proposals, one at a time, beside the runs (they mostly wait on the database). */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService acceptanceExecutor() {
        return singleWorker("allocation-accept");
    }

    private static ExecutorService singleWorker(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs cannot survive a restart: those left running are marked failed, so that a new one can start. */
    @Bean
    InterruptedRuns interruptedRuns(AllocationRuns runs, Clock clock) {
        return new InterruptedRuns(runs, clock);
    }

    /** Marks the runs a stopped application left running as failed, once it is ready. */
    record InterruptedRuns(AllocationRuns runs, Clock clock) {

        @EventListener(ApplicationReadyEvent.class)
        public void markFailed() {
            runs.failInterrupted(clock.instant());
        }
    }
}
