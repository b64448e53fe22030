package org.homeward.linkage.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Estimates a {@link LinkageModel} from the data itself, with no labelled pairs.
 * <ul>
 * <li>u from random pairs: nearly all are two different persons.</li>
 * <li>m by expectation–maximisation over the candidate pairs of each blocking rule, leaving
 * out the fields the rule blocks on (its pairs agree on them by construction), as Splink does;
 * within a rule, u is fitted too, so that non-matches the rule brings together (brothers under
 * a father+family rule) do not pass for matches. Each field's m is the mean over the rules that
 * estimated it, weighed by their matches.</li>
 * <li>λ, the share of all pairs that are one person: the expected number of matches among the
 * candidate pairs (the posterior summed, to a fixed point) over the number of all pairs.</li>
 * <li>name frequencies from the records.</li>
 * </ul>
 */
public final class ModelEstimator {

    private static final int ITERATIONS = 200;
    private static final double TOLERANCE = 1e-7;
    private static final int RANDOM_PAIRS = 200_000;
    private static final double MINIMUM_M = 1e-3;
    /** Below this many records, EM has too little to learn from and the built-in parameters are used. */
    public static final int MINIMUM_RECORDS = 1_000;

    private ModelEstimator() {}

    /**
     * @param records       the standardised records
     * @param rules         the blocking rules
     * @param rulePatterns  per rule, counts of comparison patterns ({@link PairComparison#pattern}) over a
     *                      sample of the pairs that rule blocks together
     * @param patterns      counts of comparison patterns over a sample of all candidate pairs, each once
     * @param sampleScale   how many candidate pairs one sampled pair stands for
     * @param allPairs      how many pairs could be compared
     * @param seed          seed of the random pairs
     */
    public static LinkageModel estimate(
            List<StandardRecord> records,
            List<BlockingRule> rules,
            List<Map<Long, Long>> rulePatterns,
            Map<Long, Long> patterns,
            double sampleScale,
            long allPairs,
            long seed) {
        int fields = LinkageField.ALL.length;
        boolean[] present = presentFields(patterns);
        if (records.size() < MINIMUM_RECORDS) {
            return LinkageModel.builtIn(present, records.size(), allPairs, frequencies(records, present));
        }
        double[][] u = randomPairLevels(records, seed);
        double[][] mSum = new double[fields][];
        double[] matchesSum = new double[fields];
        for (int r = 0; r < rules.size(); r++) {
            if (!rules.get(r).estimating()) {
                continue;
            }
            boolean[] active = present.clone();
            for (LinkageField field : rules.get(r).fields()) {
                active[field.ordinal()] = false;
            }
            fitRule(rulePatterns.get(r), active, u, mSum, matchesSum);
        }
        double[][] m = new double[fields][];
        for (int f = 0; f < fields; f++) {
            if (!present[f]) {
                u[f] = null;
            } else if (matchesSum[f] > 0) {
                m[f] = mSum[f].clone();
                for (int l = 0; l < m[f].length; l++) {
                    // No field of one person always agrees in real registrations: keep every level possible.
                    m[f][l] = Math.max(m[f][l] / matchesSum[f], MINIMUM_M);
                }
                normalise(m[f]);
            } else {
                m[f] = initialM(LinkageField.ALL[f].levelCount());
            }
        }
        double candidates = 0;
        for (long count : patterns.values()) {
            candidates += count * sampleScale;
        }
        double lambda = priorFixedPoint(patterns, sampleScale, m, u, allPairs);
        double candidateLambda = candidates == 0 ? 0 : Math.min(1, lambda * allPairs / candidates);
        return new LinkageModel(lambda, candidateLambda, m, u, frequencies(records, present));
    }

    private static TermFrequencies[] frequencies(List<StandardRecord> records, boolean[] present) {
        TermFrequencies[] frequencies = new TermFrequencies[LinkageField.ALL.length];
        for (LinkageField field : LinkageField.ALL) {
            if (field.termFrequencyAdjusted() && present[field.ordinal()]) {
                frequencies[field.ordinal()] = TermFrequencies.count(records, field.ordinal());
            }
        }
        return frequencies;
    }

    /** Full EM over one rule's patterns on its active fields; adds its m, weighed by its matches. */
    private static void fitRule(
            Map<Long, Long> patterns, boolean[] active, double[][] randomU, double[][] mSum, double[] matchesSum) {
        if (patterns == null || patterns.isEmpty()) {
            return;
        }
        int fields = active.length;
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            if (active[f]) {
                m[f] = initialM(LinkageField.ALL[f].levelCount());
                u[f] = randomU[f].clone();
            }
        }
        double[] result = expectationMaximisation(patterns, m, u, 0.5);
        double matches = result[0] * result[1];
        if (matches < 1) {
            return;
        }
        for (int f = 0; f < fields; f++) {
            if (m[f] == null) {
                continue;
            }
            if (mSum[f] == null) {
                mSum[f] = new double[m[f].length];
            }
            for (int l = 0; l < m[f].length; l++) {
                mSum[f][l] += m[f][l] * matches;
            }
            matchesSum[f] += matches;
        }
    }

    private static boolean[] presentFields(Map<Long, Long> patterns) {
        boolean[] present = new boolean[LinkageField.ALL.length];
        for (long pattern : patterns.keySet()) {
            for (int f = 0; f < present.length; f++) {
                present[f] |= PairComparison.level(pattern, f) >= 0;
            }
        }
        return present;
    }

    /** m before fitting: the highest level likely, the lowest rare. */
    private static double[] initialM(int levels) {
        double[] m = new double[levels];
        for (int l = 0; l < levels; l++) {
            m[l] = Math.pow(4, l);
        }
        normalise(m);
        return m;
    }

    /** Level frequencies over random pairs, smoothed so no level has chance 0. */
    static double[][] randomPairLevels(List<StandardRecord> records, long seed) {
        int fields = LinkageField.ALL.length;
        double[][] counts = new double[fields][];
        for (int f = 0; f < fields; f++) {
            counts[f] = new double[LinkageField.ALL[f].levelCount()];
            Arrays.fill(counts[f], 0.5);
        }
        int n = records.size();
        if (n >= 2) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] levels = new int[fields];
            long pairs = Math.min(RANDOM_PAIRS, (long) n * (n - 1) / 2);
            for (long p = 0; p < pairs; p++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n - 1);
                if (j >= i) {
                    j++;
                }
                PairComparison.compare(records.get(i), records.get(j), levels);
                for (int f = 0; f < fields; f++) {
                    if (levels[f] >= 0) {
                        counts[f][levels[f]]++;
                    }
                }
            }
        }
        for (double[] field : counts) {
            normalise(field);
        }
        return counts;
    }

    /**
     * EM for a two-class mixture over the fields where {@code m} is set: fits m, u and λ in place.
     * Answers {λ, number of pairs}.
     */
    private static double[] expectationMaximisation(
            Map<Long, Long> patterns, double[][] m, double[][] u, double lambda) {
        int fields = m.length;
        long[] keys = new long[patterns.size()];
        double[] counts = new double[patterns.size()];
        int k = 0;
        double total = 0;
        for (Map.Entry<Long, Long> entry : patterns.entrySet()) {
            keys[k] = entry.getKey();
            counts[k++] = entry.getValue();
            total += entry.getValue();
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] mSum = new double[fields][];
            double[][] uSum = new double[fields][];
            for (int f = 0; f < fields; f++) {
                if (m[f] != null) {
                    mSum[f] = new double[m[f].length];
                    uSum[f] = new double[m[f].length];
                }
            }
            double matchSum = 0;
            for (int p = 0; p < keys.length; p++) {
                double g = posterior(keys[p], m, u, lambda);
                double c = counts[p];
                matchSum += g * c;
                for (int f = 0; f < fields; f++) {
                    int level = PairComparison.level(keys[p], f);
                    if (level >= 0 && m[f] != null) {
                        mSum[f][level] += g * c;
                        uSum[f][level] += (1 - g) * c;
                    }
                }
            }
            double change = Math.abs(matchSum / total - lambda);
            lambda = Math.min(Math.max(matchSum / total, 1e-6), 1 - 1e-6);
            for (int f = 0; f < fields; f++) {
                if (m[f] == null) {
                    continue;
                }
                for (int l = 0; l < m[f].length; l++) {
                    mSum[f][l] += LinkageModel.FLOOR;
                    uSum[f][l] += LinkageModel.FLOOR;
                }
                normalise(mSum[f]);
                normalise(uSum[f]);
                for (int l = 0; l < m[f].length; l++) {
                    change = Math.max(change, Math.abs(mSum[f][l] - m[f][l]));
                }
                m[f] = mSum[f];
                u[f] = uSum[f];
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return new double[] {lambda, total};
    }

    private static double posterior(long pattern, double[][] m, double[][] u, double lambda) {
        double logMatch = Math.log(lambda);
        double logNonMatch = Math.log(1 - lambda);
        for (int f = 0; f < m.length; f++) {
            int level = PairComparison.level(pattern, f);
            if (level >= 0 && m[f] != null) {
                logMatch += Math.log(m[f][level]);
                logNonMatch += Math.log(u[f][level]);
            }
        }
        return 1.0 / (1.0 + Math.exp(logNonMatch - logMatch));
    }

    /** λ over all pairs: expected matches among the candidates (non-candidates taken as non-matches). */
    private static double priorFixedPoint(
            Map<Long, Long> patterns, double scale, double[][] m, double[][] u, long allPairs) {
        double lambda = 1e-4;
        for (int iteration = 0; iteration < 100; iteration++) {
            double matches = 0;
            for (Map.Entry<Long, Long> entry : patterns.entrySet()) {
                matches += posterior(entry.getKey(), m, u, lambda) * entry.getValue() * scale;
            }
            double next = Math.min(Math.max(matches, 1.0) / Math.max(allPairs, 2), 0.5);
            if (Math.abs(next - lambda) < 1e-3 * lambda) {
                return next;
            }
            lambda = next;
        }
        return lambda;
    }

    private static void normalise(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(values[i] / total, LinkageModel.FLOOR);
        }
    }
}
