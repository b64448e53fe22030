package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The block stage over a batch: the candidate pairs of a {@link BlockingScheme}, each pair once
 * (the first rule that pairs it owns it), enumerated in parallel without storing them. Blocks
 * are found by sorting each rule's keys, so memory stays a few longs per record and rule.
 */
final class CandidatePairs {

    static final int MAXIMUM_RECORDS = 1 << 24;

    /** Receives the pairs one worker thread finds. */
    interface PairSink {
        void accept(int left, int right);
    }

    private final BlockingScheme scheme;
    private final long[][] keys;
    private final int[] sources;
    private final boolean linkSources;
    private final List<int[]> order = new ArrayList<>();
    private final long[] blocks;
    private final List<Set<Long>> oversized = new ArrayList<>();
    /** Per rule, the records whose key was refined because their block was too large; null when none was. */
    private final BitSet[] refined;

    private final long[] pairsPerRule;
    private final long total;

    CandidatePairs(List<StandardRecord> records, BlockingScheme scheme, int[] sources, boolean linkSources) {
        if (records.size() > MAXIMUM_RECORDS) {
            throw new IllegalArgumentException("A batch run takes at most " + MAXIMUM_RECORDS + " records");
        }
        this.scheme = scheme;
        this.sources = sources;
        this.linkSources = linkSources;
        int rules = scheme.rules().size();
        keys = new long[rules][records.size()];
        IntStream.range(0, records.size()).parallel().forEach(i -> {
            long[] recordKeys = scheme.keys(records.get(i));
            for (int r = 0; r < rules; r++) {
                keys[r][i] = recordKeys[r];
            }
        });
        List<Long> found = new ArrayList<>();
        refined = new BitSet[rules];
        for (int r = 0; r < rules; r++) {
            int[] sorted = sortByKey(keys[r]);
            Set<Long> tooLarge = blocks(r, sorted, null);
            if (!tooLarge.isEmpty()) {
                // A block too large for this rule (a common name chain in a large register) is split by one
                // more field instead of being left out, so that its pairs that agree on that field stay candidates.
                refined[r] = refine(r, records, tooLarge);
                sorted = sortByKey(keys[r]);
            }
            order.add(sorted);
            oversized.add(blocks(r, sorted, found));
        }
        blocks = found.stream().mapToLong(Long::longValue).toArray();
        pairsPerRule = new long[rules];
        forEach(() -> (i, j) -> {}, 1, null, ProgressListener.NONE, 0);
        total = Arrays.stream(pairsPerRule).sum();
    }

    /**
     * Walks the blocks of the rule in key order: adds those of two records or more, up to the
     * maximum size, to {@code found} (when given), and answers the keys of the blocks too large.
     */
    private Set<Long> blocks(int rule, int[] sorted, List<Long> found) {
        Set<Long> tooLarge = new HashSet<>();
        int start = 0;
        while (start < sorted.length) {
            long key = keys[rule][sorted[start]];
            int end = start + 1;
            while (end < sorted.length && keys[rule][sorted[end]] == key) {
                end++;
            }
            if (end - start > scheme.maximumBlockSize()) {
                tooLarge.add(key);
            } else if (end - start >= 2 && found != null) {
                found.add((long) rule << 56 | (long) start << 28 | end);
            }
            start = end;
        }
        return tooLarge;
    }

    /** Gives the records of the rule's blocks too large their refined key; answers which records were refined. */
    private BitSet refine(int rule, List<StandardRecord> records, Set<Long> tooLarge) {
        BitSet changed = new BitSet(records.size());
        long[] ruleKeys = keys[rule];
        for (int i = 0; i < ruleKeys.length; i++) {
            if (ruleKeys[i] != 0 && tooLarge.contains(ruleKeys[i])) {
                ruleKeys[i] = scheme.refinedKey(rule, records.get(i), ruleKeys[i]);
                changed.set(i);
            }
        }
        return changed;
    }

    /** Record indices with a key, sorted by key (equal keys adjacent). */
    private static int[] sortByKey(long[] ruleKeys) {
        int count = 0;
        for (long key : ruleKeys) {
            if (key != 0) {
                count++;
            }
        }
        long[] packed = new long[count];
        int k = 0;
        for (int i = 0; i < ruleKeys.length; i++) {
            if (ruleKeys[i] != 0) {
                packed[k++] = ruleKeys[i] & 0xFFFFFFFFFF000000L | i;
            }
        }
        Arrays.parallelSort(packed);
        int[] sorted = new int[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = (int) (packed[i] & 0xFFFFFF);
        }
        // Keys sharing their top 40 bits may interleave: regroup each such run by the full key.
        int start = 0;
        while (start < count) {
            int end = start + 1;
            while (end < count && (ruleKeys[sorted[end]] ^ ruleKeys[sorted[start]]) >>> 24 == 0) {
                end++;
            }
            if (end - start > 1) {
                Integer[] run = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    run[i - start] = sorted[i];
                }
                Arrays.sort(run, (x, y) -> Long.compare(ruleKeys[x], ruleKeys[y]));
                for (int i = start; i < end; i++) {
                    sorted[i] = run[i - start];
                }
            }
            start = end;
        }
        return sorted;
    }

    /** All candidate pairs. */
    long total() {
        return total;
    }

    long pairsOf(int rule) {
        return pairsPerRule[rule];
    }

    long oversizedBlocks(int rule) {
        return oversized.get(rule).size();
    }

    BlockingScheme scheme() {
        return scheme;
    }

    /**
     * The rules (bit r for rule r) that put records i and j in one block, for estimation: a block
     * split by a further field leaves its rule out, since its pairs agree on that field by
     * construction, which the rule's own fields do not say.
     */
    int rulesOf(int i, int j) {
        int rules = 0;
        for (int r = 0; r < keys.length; r++) {
            long key = keys[r][i];
            if (refined[r] != null && refined[r].get(i)) {
                continue;
            }
            if (key != 0
                    && key == keys[r][j]
                    && (oversized.get(r).isEmpty() || !oversized.get(r).contains(key))) {
                rules |= 1 << r;
            }
        }
        return rules;
    }

    /** Whether a pair is a candidate under any rule (for measuring blocking recall). */
    boolean isCandidate(int i, int j) {
        if (linkSources && sources[i] == sources[j]) {
            return false;
        }
        for (int r = 0; r < keys.length; r++) {
            long key = keys[r][i];
            if (key != 0 && key == keys[r][j] && !oversized.get(r).contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives every candidate pair (or, with {@code sampleModulus} > 1, about one in that many) to
     * the sink of the thread that finds it.
     */
    void forEach(Supplier<PairSink> sinks, long sampleModulus, String stage, ProgressListener progress, long work) {
        AtomicLong done = new AtomicLong();
        ThreadLocal<PairSink> local = ThreadLocal.withInitial(sinks);
        boolean counting = stage == null;
        long[] perRule = counting ? pairsPerRule : null;
        IntStream.range(0, blocks.length).parallel().forEach(b -> {
            long block = blocks[b];
            int rule = (int) (block >>> 56);
            int from = (int) (block >>> 28 & 0xFFFFFFF);
            int to = (int) (block & 0xFFFFFFF);
            int[] sorted = order.get(rule);
            PairSink sink = local.get();
            long pairs = 0;
            for (int x = from; x < to; x++) {
                int i = sorted[x];
                for (int y = x + 1; y < to; y++) {
                    int j = sorted[y];
                    if (!owns(rule, i, j)) {
                        continue;
                    }
                    int left = Math.min(i, j);
                    int right = Math.max(i, j);
                    if (sampleModulus > 1
                            && Long.remainderUnsigned(mix(left * 0x1000000L + right), sampleModulus) != 0) {
                        continue;
                    }
                    pairs++;
                    sink.accept(left, right);
                }
            }
            if (counting) {
                synchronized (perRule) {
                    perRule[rule] += pairs;
                }
            } else if (pairs > 0) {
                progress.progress(stage, done.addAndGet(pairs), work);
            }
        });
    }

    private boolean owns(int rule, int i, int j) {
        if (linkSources && sources[i] == sources[j]) {
            return false;
        }
        for (int r = 0; r < rule; r++) {
            long key = keys[r][i];
            if (key != 0
                    && key == keys[r][j]
                    && (oversized.get(r).isEmpty() || !oversized.get(r).contains(key))) {
                return false;
            }
        }
        return true;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
