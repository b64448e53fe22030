package org.homeward.allocation.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Households grouped into classes of the same home location, size and need of an accessible unit.
 * Within a class every household costs the same wherever it goes; only what it costs to leave it
 * waiting differs, so a class is ordered by that cost (most urgent first) and cut into segments of
 * equal waiting cost. The linear programme then chooses how many of each class go where, and the
 * most urgent members of the class are the ones placed.
 */
final class HouseholdClasses {

    private static final int INDEX_BITS = 23;
    private static final int DAYS_BITS = 20;
    /** Waits beyond about 2,870 years tie among themselves. */
    private static final long MOST_DAYS = (1L << DAYS_BITS) - 1;

    final int count;
    final int[] location;
    final int[] size;
    final boolean[] accessible;
    final int[] community;
    /** Members of each class, most urgent first. */
    final int[][] members;
    /** Per class: how many members each segment has, in the members' order. */
    final int[][] segmentSizes;
    /** Per class: what leaving one household of the segment waiting costs. */
    final double[][] segmentWaitingCosts;

    HouseholdClasses(IndexedProblem problem) {
        int[] classOf = new int[problem.householdCount];
        Map<Long, Integer> classOfKey = new HashMap<>();
        for (int h = 0; h < problem.householdCount; h++) {
            long key = ((long) problem.location[h] * (problem.largestHousehold + 1) + problem.size[h]) * 2
                    + (problem.accessible[h] ? 1 : 0);
            Integer known = classOfKey.get(key);
            if (known == null) {
                known = classOfKey.size();
                classOfKey.put(key, known);
            }
            classOf[h] = known;
        }
        count = classOfKey.size();
        location = new int[count];
        size = new int[count];
        accessible = new boolean[count];
        community = new int[count];
        members = new int[count][];
        segmentSizes = new int[count][];
        segmentWaitingCosts = new double[count][];
        distributeMostUrgentFirst(problem, classOf);
        for (int k = 0; k < count; k++) {
            int first = members[k][0];
            location[k] = problem.location[first];
            size[k] = problem.size[first];
            accessible[k] = problem.accessible[first];
            community[k] = problem.community[first];
            cutIntoSegments(problem, k);
        }
    }

    int households(int k) {
        return members[k].length;
    }

    /** Fills each class's members in order of urgency: all households sorted once, then dealt out. */
    private void distributeMostUrgentFirst(IndexedProblem problem, int[] classOf) {
        int[] classSizes = new int[count];
        for (int k : classOf) {
            classSizes[k]++;
        }
        for (int k = 0; k < count; k++) {
            members[k] = new int[classSizes[k]];
        }
        int[] filled = new int[count];
        for (int household : mostUrgentFirst(problem)) {
            int k = classOf[household];
            members[k][filled[k]++] = household;
        }
    }

    /**
     * All households, highest waiting cost first, then longest wait, then input order: sorted as
     * primitive keys (cost rank, days not waited, index) packed in a long, which is fast at 500,000.
     */
    private static int[] mostUrgentFirst(IndexedProblem problem) {
        if (problem.householdCount >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << INDEX_BITS) - 1) + " households per problem");
        }
        double[] costs =
                Arrays.stream(problem.waitingCostPerPerson).distinct().sorted().toArray();
        long[] keys = new long[problem.householdCount];
        for (int h = 0; h < problem.householdCount; h++) {
            long costRankFromHighest = costs.length - 1 - Arrays.binarySearch(costs, problem.waitingCostPerPerson[h]);
            long daysNotWaited =
                    MOST_DAYS - Math.min(MOST_DAYS, problem.household(h).waitingDays());
            keys[h] = costRankFromHighest << (DAYS_BITS + INDEX_BITS) | daysNotWaited << INDEX_BITS | h;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) (keys[i] & ((1L << INDEX_BITS) - 1));
        }
        return order;
    }

    private void cutIntoSegments(IndexedProblem problem, int k) {
        int[] sizes = new int[members[k].length];
        double[] costs = new double[members[k].length];
        int segments = 0;
        for (int household : members[k]) {
            double cost = problem.waitingCost(household);
            if (segments > 0 && costs[segments - 1] == cost) {
                sizes[segments - 1]++;
            } else {
                costs[segments] = cost;
                sizes[segments++] = 1;
            }
        }
        segmentSizes[k] = Arrays.copyOf(sizes, segments);
        segmentWaitingCosts[k] = Arrays.copyOf(costs, segments);
    }
}
