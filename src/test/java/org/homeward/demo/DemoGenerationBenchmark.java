package org.homeward.demo;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Timed harness: generates N individuals to CSV, then writes the same number of rows of constant
 * text through the same CSV writer as a reference, in the same JVM, and prints both times, their
 * ratio and the largest heap in use after a garbage collection. Run it under
 * {@code /usr/bin/time -v} for the peak resident memory; see docs/benchmarks.md.
 *
 * <p>Arguments: {@code INDIVIDUALS OUTPUT_DIRECTORY [SEED]}.
 */
public final class DemoGenerationBenchmark {

    /** A typical row, always the same: the reference pays for formatting and writing, not for making data. */
    private static final String[] CONSTANT_ROW = {
        null,
        null,
        "Jdeidet Yabous (Masnaa) crossing",
        "REFUGEE",
        "LBN",
        null,
        "MASNAA",
        "SY030000",
        null,
        "RETURNED_HOME",
        "2025-06-14",
        "2025-06-15",
        "SON",
        "عبد الرحمن",
        "Abdulrahman",
        "محمد",
        "Mohammad",
        "أحمد",
        "Ahmad",
        "الحموي",
        "Al-Hamwi",
        "M",
        "2012-04-17",
        "0944 123 456",
        "NATIONAL_ID",
        "03123456789",
        "SY030000",
        null
    };

    private static final int ROWS_PER_REFERENCE_HOUSEHOLD = 5;

    private DemoGenerationBenchmark() {}

    public static void main(String[] args) throws IOException {
        long individuals = Long.parseLong(args[0]);
        Path directory = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        HeapProbe probe = HeapProbe.start();

        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        DemoSummary summary = new DemoPopulationGenerator(DemoSettings.of(seed, LocalDate.of(2026, 3, 15), individuals))
                .generateInto(directory.resolve("generated"), GenerationProgress.NONE);
        double generationSeconds = (System.nanoTime() - start) / 1e9;
        double generationCpu = (processCpuNanos() - cpuBefore) / 1e9;
        long generationHeap = probe.largestAfterCollection();

        cpuBefore = processCpuNanos();
        start = System.nanoTime();
        writeReference(summary.rows(), directory.resolve("reference"));
        double referenceSeconds = (System.nanoTime() - start) / 1e9;
        double referenceCpu = (processCpuNanos() - cpuBefore) / 1e9;
        probe.stop();

        long bytes = Files.size(directory.resolve("generated").resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE));
        System.out.printf(
                Locale.ROOT,
                "individuals=%d rows=%d households=%d households_csv_bytes=%d%n",
                individuals,
                summary.rows(),
                summary.households(),
                bytes);
        System.out.printf(
                Locale.ROOT,
                "generation_seconds=%.2f reference_seconds=%.2f ratio=%.2f%n",
                generationSeconds,
                referenceSeconds,
                generationSeconds / referenceSeconds);
        System.out.printf(
                Locale.ROOT,
                "generation_cpu_seconds=%.2f reference_cpu_seconds=%.2f cpu_ratio=%.2f%n",
                generationCpu,
                referenceCpu,
                generationCpu / referenceCpu);
        System.out.printf(Locale.ROOT, "largest_heap_after_gc_mb=%.1f%n", generationHeap / 1048576.0);
    }

    /** Writes rows of constant text through the same writer the generator uses, in households of five. */
    static void writeReference(long rows, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer households = Files.newBufferedWriter(directory.resolve("households.csv"), StandardCharsets.UTF_8);
                Writer truth = Files.newBufferedWriter(directory.resolve("truth.csv"), StandardCharsets.UTF_8);
                RegistrationWriter writer = new RegistrationWriter(households, truth)) {
            long written = 0;
            long[] personIds = new long[ROWS_PER_REFERENCE_HOUSEHOLD];
            while (written < rows) {
                int size = (int) Math.min(ROWS_PER_REFERENCE_HOUSEHOLD, rows - written);
                List<String[]> household = new java.util.ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    household.add(CONSTANT_ROW.clone());
                    personIds[i] = written + i + 1;
                }
                writer.write(new RenderedHousehold(household, personIds));
                written += size;
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Samples the heap in use after the latest collection, keeping the largest, to show memory stays bounded. */
    private static final class HeapProbe {
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "heap-probe");
            thread.setDaemon(true);
            return thread;
        });
        private final AtomicLong largest = new AtomicLong();

        static HeapProbe start() {
            HeapProbe probe = new HeapProbe();
            probe.sampler.scheduleAtFixedRate(probe::sample, 0, 100, TimeUnit.MILLISECONDS);
            return probe;
        }

        private void sample() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    used += pool.getCollectionUsage().getUsed();
                }
            }
            largest.accumulateAndGet(used, Math::max);
        }

        long largestAfterCollection() {
            sample();
            return largest.get();
        }

        void stop() {
            sampler.shutdownNow();
        }
    }
}
