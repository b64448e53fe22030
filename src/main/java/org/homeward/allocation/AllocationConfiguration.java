package org.homeward.allocation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.homeward.allocation.engine.AllocationEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
