package org.homeward.linkage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.homeward.benchmark.BenchmarkApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The heap the on-entry duplicate index holds: Homeward is started (without its web server, so that
 * nothing else builds the index) on a registry a benchmark filled before, the heap in use is measured
 * after a full collection, the index is built, and the heap is measured again the same way. The
 * difference, divided by the individuals indexed, is the figure; the build time is given beside it.
 *
 * <p>Usage: {@code BENCHMARK_JAVA_OPTS=-Xmx8g scripts/benchmark.sh
 * org.homeward.linkage.DuplicateIndexMemoryBenchmark target/benchmark/likely-1000000/likely-data [seconds to
 * stay up for a class histogram]}
 */
public final class DuplicateIndexMemoryBenchmark {

    private DuplicateIndexMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/benchmark/likely-1000000/likely-data");
        int linger = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        try (ConfigurableApplicationContext app = BenchmarkApplication.start(data, false, false)) {
            DuplicateIndex index = app.getBean(DuplicateIndex.class);
            long before = liveHeap();
            long cpuBefore = cpu();
            long started = System.nanoTime();
            index.build();
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (cpu() - cpuBefore) / 1e9;
            long peak = BenchmarkApplication.peakHeapMegabytes();
            long after = liveHeap();
            long held = after - before;
            System.out.printf(
                    Locale.ROOT,
                    "individuals indexed: %,d; block entries: %,d%n"
                            + "build: %.1f s wall, %.1f s CPU%n"
                            + "heap in use after a full collection: %,d MiB before the build, %,d MiB after;"
                            + " the index holds %,d MiB (%,d bytes per individual); peak heap %,d MiB%n",
                    index.size(),
                    index.postingCount(),
                    seconds,
                    cpuSeconds,
                    before >> 20,
                    after >> 20,
                    held >> 20,
                    index.size() == 0 ? 0 : held / index.size(),
                    peak);
            if (linger > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "process %d stays up %d s (jcmd %d GC.class_histogram)%n",
                        ProcessHandle.current().pid(),
                        linger,
                        ProcessHandle.current().pid());
                Thread.sleep(linger * 1000L);
            }
            System.out.printf(Locale.ROOT, "still indexed at the end: %,d%n", index.size());
        }
    }

    private static long liveHeap() {
        for (int round = 0; round < 3; round++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
