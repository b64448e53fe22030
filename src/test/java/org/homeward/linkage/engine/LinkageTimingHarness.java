package org.homeward.linkage.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Timed end-to-end harness: generates N Syrian registrations, runs the whole linkage (standardise,
 * block, estimate, score, cluster) and reports time per stage, peak heap, and the on-entry check's
 * latency (p50/p99 of {@link CandidateIndex#likelyMatches} with all N records indexed).
 *
 * <pre>
 * mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.homeward.linkage.engine.LinkageTimingHarness 100000 1000000
 * </pre>
 * {@code --no-on-entry} before the sizes leaves out the on-entry part (for the largest sizes). The
 * peak heap is measured over the run alone; the generated inputs the harness holds are part of it.
 */
public final class LinkageTimingHarness {

    private static boolean onEntry = true;

    private LinkageTimingHarness() {}

    public static void main(String[] args) {
        for (String arg : args.length == 0 ? new String[] {"100000"} : args) {
            if (arg.equals("--no-on-entry")) {
                onEntry = false;
                continue;
            }
            run(Integer.parseInt(arg.replace("_", "")));
        }
    }

    private static void run(int size) {
        List<SyrianRegistryGenerator.Row> rows = SyrianRegistryGenerator.generate(size, 1);
        List<LinkageRecord> records = SyrianRegistryGenerator.records(rows);
        // Only the true person of each record is kept for the quality figures (the run keeps the order).
        int[] persons =
                rows.stream().mapToInt(SyrianRegistryGenerator.Row::personId).toArray();
        rows = null;
        System.gc();
        long cpuStart = processCpuTime();
        resetPeaks();
        long[] afterCollection = {0};
        Thread sampler = new Thread(() -> {
            // The heap the old generation still held after its last collection: the live data, at most.
            while (!Thread.currentThread().isInterrupted()) {
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP
                            && pool.getCollectionUsage() != null
                            && pool.getName().contains("Old")) {
                        afterCollection[0] = Math.max(
                                afterCollection[0], pool.getCollectionUsage().getUsed());
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Map<String, Long> stageEnds = new LinkedHashMap<>();
        long start = System.nanoTime();
        LinkageResult result = new LinkageRun(LinkageSettings.defaults(), (stage, done, total) -> {
                    synchronized (stageEnds) {
                        stageEnds.put(stage, System.nanoTime());
                    }
                })
                .run(records);
        long end = System.nanoTime();
        long cpu = processCpuTime() - cpuStart;
        long peak = peakHeap();
        sampler.interrupt();
        StringBuilder stages = new StringBuilder();
        long previous = start;
        for (Map.Entry<String, Long> stage : stageEnds.entrySet()) {
            stages.append(
                    String.format(Locale.ROOT, " %s %.1f s;", stage.getKey(), (stage.getValue() - previous) / 1e9));
            previous = stage.getValue();
        }
        System.out.printf(
                Locale.ROOT,
                "%,d records: %.1f s end to end, %.1f s of CPU (%s), %,d candidate pairs, "
                        + "%,d kept, peak heap %,d MB (largest old generation after a collection %,d MB)%n",
                result.recordCount(),
                (end - start) / 1e9,
                cpu / 1e9,
                stages.toString().trim(),
                result.blocking().candidatePairs(),
                result.pairs().size(),
                peak >> 20,
                afterCollection[0] >> 20);
        records = null;
        System.out.println("  "
                + LinkageEvaluation.ofIndices(result, i -> Integer.toString(persons[i]))
                        .summary("quality"));
        if (onEntry) {
            onEntry(result);
        }
    }

    private static void onEntry(LinkageResult result) {
        CandidateIndex index = new CandidateIndex(BlockingScheme.standard());
        long start = System.nanoTime();
        for (int i = 0; i < result.recordCount(); i++) {
            index.put(result.record(i));
        }
        double build = (System.nanoTime() - start) / 1e9;
        PairScorer scorer = new PairScorer(result.model());
        Random random = new Random(5);
        int queries = 2_000;
        long[] latencies = new long[queries];
        long candidates = 0;
        for (int q = 0; q < queries + 500; q++) {
            StandardRecord probe = result.record(random.nextInt(result.recordCount()));
            long t = System.nanoTime();
            candidates += index.candidatesFor(probe).length;
            index.likelyMatches(probe, scorer, LinkageSettings.DEFAULT_REVIEW_WEIGHT, 10);
            long elapsed = System.nanoTime() - t;
            if (q >= 500) {
                latencies[q - 500] = elapsed;
            }
        }
        Arrays.sort(latencies);
        System.out.printf(
                Locale.ROOT,
                "  on-entry check with %,d indexed (index built in %.1f s): p50 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms, %.0f candidates a query%n",
                result.recordCount(),
                build,
                latencies[queries / 2] / 1e6,
                latencies[queries * 99 / 100] / 1e6,
                latencies[queries - 1] / 1e6,
                (double) candidates / (queries + 500));
    }

    private static long processCpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
