package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH: scored candidate pairs per second on one core, for the engine's {@link PairScorer} and, in
 * the same run, a straightforward reference: the same pairs scored by a Jaro–Winkler loop over
 * the raw fields (names as written, dates, codes compared as text).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.homeward.linkage.engine.ScorerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorerBenchmark {

    static final int PAIRS = 100_000;
    private List<LinkageRecord> raw;
    private List<StandardRecord> standard;
    private int[] left;
    private int[] right;
    private PairScorer scorer;

    @Setup(Level.Trial)
    public void setUp() {
        raw = SyrianRegistryGenerator.records(SyrianRegistryGenerator.generate(30_000, 3));
        LinkageResult result = new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE).run(raw);
        scorer = new PairScorer(result.model());
        standard = new ArrayList<>();
        for (int i = 0; i < result.recordCount(); i++) {
            standard.add(result.record(i));
        }
        CandidatePairs candidates =
                new CandidatePairs(standard, BlockingScheme.standard(), new int[standard.size()], false);
        int[][] found = {new int[PAIRS], new int[PAIRS]};
        int[] count = {0};
        long modulus = Math.max(1, candidates.total() / PAIRS);
        candidates.forEach(
                () -> (i, j) -> {
                    synchronized (count) {
                        if (count[0] < PAIRS) {
                            found[0][count[0]] = i;
                            found[1][count[0]++] = j;
                        }
                    }
                },
                modulus,
                "sample",
                ProgressListener.NONE,
                0);
        for (int k = count[0]; k < PAIRS; k++) {
            found[0][k] = found[0][k % Math.max(count[0], 1)];
            found[1][k] = found[1][k % Math.max(count[0], 1)];
        }
        left = found[0];
        right = found[1];
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double engineScorer() {
        double total = 0;
        for (int k = 0; k < PAIRS; k++) {
            total += scorer.weight(standard.get(left[k]), standard.get(right[k]));
        }
        return total;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double referenceJaroWinkler() {
        double total = 0;
        for (int k = 0; k < PAIRS; k++) {
            total += reference(raw.get(left[k]), raw.get(right[k]));
        }
        return total;
    }

    /** The reference: Jaro–Winkler on each raw name, equality on the rest. */
    static double reference(LinkageRecord a, LinkageRecord b) {
        return text(a.givenName(), b.givenName())
                + text(a.fatherName(), b.fatherName())
                + text(a.grandfatherName(), b.grandfatherName())
                + text(a.familyName(), b.familyName())
                + same(a.sex(), b.sex())
                + same(a.birthDate().toString(), b.birthDate().toString())
                + same(a.place(), b.place())
                + same(a.phone(), b.phone())
                + same(a.document(), b.document());
    }

    private static double text(String a, String b) {
        return a == null || b == null || a.isEmpty() || b.isEmpty()
                ? 0
                : JaroWinkler.similarity(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }

    private static double same(String a, String b) {
        return a != null && !a.isEmpty() && a.equals(b) ? 1 : 0;
    }

    public static void main(String[] args) throws Exception {
        for (RunResult result : new Runner(new OptionsBuilder()
                        .include(ScorerBenchmark.class.getSimpleName())
                        .build())
                .run()) {
            System.out.printf(
                    Locale.ROOT,
                    "%s: %,.0f pairs/s%n",
                    result.getParams().getBenchmark(),
                    result.getPrimaryResult().getScore());
        }
    }
}
