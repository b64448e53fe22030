package org.homeward.linkage.engine;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Estimates a {@link LinkageModel} from the data itself, with no labelled pairs: u from random
 * pairs (nearly all of two different persons, so u is well measured even where blocking leaves
 * few non-matches among the candidates), then expectation–maximisation over the comparison
 * patterns of candidate pairs fits m and λ (Fellegi–Sunter with EM, as Jaro and Winkler did for
 * census data, with u fixed as Splink does). Name frequencies come from the records.
 */
public final class ModelEstimator {

    private static final int ITERATIONS = 200;
    private static final double TOLERANCE = 1e-7;
    private static final int RANDOM_PAIRS = 500_000;

    private ModelEstimator() {
    }

    /**
     * @param records  the standardised records
     * @param patterns       counts of comparison patterns ({@link PairComparison#pattern}) over (a sample of)
     *                       the candidate pairs
     * @param candidatePairs how many candidate pairs there are in all
     * @param allPairs       how many pairs could be compared (the prior spreads the matches over them)
     * @param seed           seed of the random pairs
     */
    public static LinkageModel estimate(List<StandardRecord> records, Map<Long, Long> patterns, long candidatePairs,
            long allPairs, long seed) {
        int fields = LinkageField.ALL.length;
        double[][] u = randomPairLevels(records, seed);
        double[][] m = new double[fields][];
        boolean[] present = presentFields(patterns);
        for (int f = 0; f < fields; f++) {
            if (!present[f]) {
                u[f] = null;
                continue;
            }
            m[f] = initialM(LinkageField.ALL[f].levelCount());
        }
        double candidateLambda = expectationMaximisation(patterns, m, u, 0.1);
        double matches = candidateLambda * candidatePairs;
        double lambda = Math.min(Math.max(matches, 1.0) / Math.max(allPairs, 2), 0.5);
        TermFrequencies[] frequencies = new TermFrequencies[fields];
        for (LinkageField field : LinkageField.ALL) {
            if (field.termFrequencyAdjusted() && m[field.ordinal()] != null) {
                frequencies[field.ordinal()] = TermFrequencies.count(records, field.ordinal());
            }
        }
        return new LinkageModel(lambda, candidateLambda, m, u, frequencies);
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
        double total = 0;
        for (int l = 0; l < levels; l++) {
            m[l] = Math.pow(4, l);
            total += m[l];
        }
        for (int l = 0; l < levels; l++) {
            m[l] /= total;
        }
        return m;
    }

    /** Level frequencies over random pairs, smoothed so no level has chance 0. */
    static double[][] randomPairLevels(List<StandardRecord> records, long seed) {
        int fields = LinkageField.ALL.length;
        double[][] counts = new double[fields][];
        for (int f = 0; f < fields; f++) {
            counts[f] = new double[LinkageField.ALL[f].levelCount()];
            java.util.Arrays.fill(counts[f], 0.5);
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

    private static double expectationMaximisation(Map<Long, Long> patterns, double[][] m, double[][] u, double lambda) {
        int fields = m.length;
        long[] keys = new long[patterns.size()];
        double[] counts = new double[patterns.size()];
        int k = 0;
        for (Map.Entry<Long, Long> entry : patterns.entrySet()) {
            keys[k] = entry.getKey();
            counts[k++] = entry.getValue();
        }
        if (keys.length == 0) {
            return lambda;
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] mSum = new double[fields][];
            for (int f = 0; f < fields; f++) {
                if (m[f] != null) {
                    mSum[f] = new double[m[f].length];
                }
            }
            double matchSum = 0;
            double total = 0;
            for (int p = 0; p < keys.length; p++) {
                double logMatch = Math.log(lambda);
                double logNonMatch = Math.log(1 - lambda);
                for (int f = 0; f < fields; f++) {
                    int level = PairComparison.level(keys[p], f);
                    if (level >= 0 && m[f] != null) {
                        logMatch += Math.log(m[f][level]);
                        logNonMatch += Math.log(u[f][level]);
                    }
                }
                double g = 1.0 / (1.0 + Math.exp(logNonMatch - logMatch));
                double c = counts[p];
                matchSum += g * c;
                total += c;
                for (int f = 0; f < fields; f++) {
                    int level = PairComparison.level(keys[p], f);
                    if (level >= 0 && m[f] != null) {
                        mSum[f][level] += g * c;
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
                }
                normalise(mSum[f]);
                for (int l = 0; l < m[f].length; l++) {
                    change = Math.max(change, Math.abs(mSum[f][l] - m[f][l]));
                }
                m[f] = mSum[f];
            }
            if (change < TOLERANCE) {
                break;
            }
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
