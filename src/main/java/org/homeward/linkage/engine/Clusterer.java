package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cluster stage: from scored pairs to persons. Pairs are taken strongest first; two groups
 * merge only if no record of one clearly disagrees with a record of the other (weight below the
 * cannot-link weight), so a chain A~B~C where A and C are clearly different people stays apart.
 * When linking sources that are each free of duplicates, a group holds one record per source.
 * Two records of one household share a group only if they match on their own: a household lists
 * a person once, so a brother may not join through his brother's other registration. A pair the
 * model scores well above the match weight ({@link #STRONG_MARGIN}) is kept apart only by a strong
 * disagreement (below twice the cannot-link weight, or relatives, whose weight is −∞ here): one
 * record's weak disagreement with another registration of the same person, typed with other
 * errors, must not split a clear match.
 */
final class Clusterer {

    /** Scores a pair of records by index (for cross pairs that blocking did not compare). */
    @FunctionalInterface
    public interface PairWeights {
        double weight(int left, int right);
    }

    static final int MAXIMUM_CLUSTER = 64;
    /** How far above the match weight a pair counts as a clear match. */
    static final double STRONG_MARGIN = 10.0;

    private final double matchWeight;
    private final double cannotLinkWeight;
    private final boolean onePerSource;

    public Clusterer(double matchWeight, double cannotLinkWeight, boolean onePerSource) {
        this.matchWeight = matchWeight;
        this.cannotLinkWeight = cannotLinkWeight;
        this.onePerSource = onePerSource;
    }

    /**
     * Groups {@code records} records; answers for each the index of its cluster's first record.
     *
     * @param pairs   the scored pairs (only those at or above the match weight are used to merge)
     * @param weights the weight of any pair, for the disagreement check
     * @param sources    each record's source (any value when not linking sources)
     * @param households each record's household as a small integer, -1 when unknown
     */
    public int[] cluster(int records, PairList pairs, PairWeights weights, int[] sources, int[] households) {
        int[] parent = new int[records];
        List<int[]> members = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            members.add(null);
        }
        int[] strongestFirst = pairs.indicesAtOrAbove(matchWeight);
        for (int k : strongestFirst) {
            int a = find(parent, pairs.left(k));
            int b = find(parent, pairs.right(k));
            if (a == b) {
                continue;
            }
            int[] membersA = membersOf(members, a);
            int[] membersB = membersOf(members, b);
            if (membersA.length + membersB.length > MAXIMUM_CLUSTER
                    || !compatible(membersA, membersB, weights, sources, households, pairs.weight(k))) {
                continue;
            }
            int root = Math.min(a, b);
            int other = Math.max(a, b);
            parent[other] = root;
            int[] merged = Arrays.copyOf(membersA, membersA.length + membersB.length);
            System.arraycopy(membersB, 0, merged, membersA.length, membersB.length);
            members.set(root, merged);
            members.set(other, null);
        }
        int[] cluster = new int[records];
        for (int i = 0; i < records; i++) {
            cluster[i] = find(parent, i);
        }
        return cluster;
    }

    private static int[] membersOf(List<int[]> members, int root) {
        int[] list = members.get(root);
        return list == null ? new int[] {root} : list;
    }

    private boolean compatible(
            int[] a, int[] b, PairWeights weights, int[] sources, int[] households, double pairWeight) {
        double disagreement = pairWeight >= matchWeight + STRONG_MARGIN ? 2 * cannotLinkWeight : cannotLinkWeight;
        for (int x : a) {
            for (int y : b) {
                if (onePerSource && sources[x] == sources[y]) {
                    return false;
                }
            }
        }
        for (int x : a) {
            for (int y : b) {
                double weight = weights.weight(x, y);
                if (weight < disagreement
                        || households[x] >= 0 && households[x] == households[y] && weight < matchWeight) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
