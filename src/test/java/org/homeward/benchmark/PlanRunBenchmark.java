package org.homeward.benchmark;

import java.nio.file.Path;
import java.util.UUID;
import org.homeward.HomewardApplication;
import org.homeward.allocation.AllocationPlanner;
import org.homeward.allocation.AllocationRun;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole reception plan run through the application, as the allocation page starts it: reading
 * every waiting household from the registry, reading the centres, solving, and storing one proposal
 * per household. Runs on a data directory that {@code homeward serve --demo-plan} filled (stop that
 * server first: one process owns the database).
 * Usage: java -Xmx2g -cp ... org.homeward.benchmark.PlanRunBenchmark DATA_DIR
 */
public final class PlanRunBenchmark {

    private PlanRunBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("Give the data directory of a Homeward that holds a reception plan");
        }
        SpringApplication application = new SpringApplication(HomewardApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext app = application.run(
                "--homeward.data-dir=" + Path.of(args[0]),
                "--homeward.clean-on-start=false",
                "--logging.level.root=WARN")) {
            AllocationPlanner planner = app.getBean(AllocationPlanner.class);
            long started = System.nanoTime();
            UUID id = planner.start(null, "benchmark");
            AllocationRun run = planner.run(id);
            String lastStage = "";
            while (run.running()) {
                if (!lastStage.equals(run.stageMessage()) && run.stageMessage() != null) {
                    lastStage = run.stageMessage();
                    System.out.printf("%6.1f s  %s%n", (System.nanoTime() - started) / 1e9, lastStage);
                }
                Thread.sleep(200);
                run = planner.run(id);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "run %s in %.1f s: %,d households, %,d placed (%,d persons), %,d waiting (%,d persons); "
                            + "cost %.1f, lower bound %.1f, gap %.3f%%%s%n",
                    run.status(),
                    seconds,
                    run.households(),
                    run.householdsPlaced(),
                    run.personsPlaced(),
                    run.householdsWaiting(),
                    run.personsWaiting(),
                    run.totalCost(),
                    run.lowerBound(),
                    run.gap() == null ? Double.NaN : run.gap() * 100,
                    run.failure() == null ? "" : "; failure: " + run.failure());
            System.out.printf("peak heap: %,d MiB%n", BenchmarkApplication.peakHeapMegabytes());
        }
    }
}
