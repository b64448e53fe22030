package org.homeward.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Households grouped into classes of the same home location, size and need of an accessible unit.
 * Within a class every household costs the same wherever it goes; only what it costs to leave it
 * waiting differs, so a class is ordered by that cost (most urgent first) and cut into segments of
 * equal waiting cost. The linear programme then chooses how many of each class go where, and the
 * most urgent members of the class are the ones placed.
 */
final class HouseholdClasses {

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
        Map<Long, List<Integer>> byKey = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        for (int h = 0; h < problem.householdCount; h++) {
            long key = ((long) problem.location[h] * 1_000_000 + problem.size[h]) * 2 + (problem.accessible[h] ? 1 : 0);
            byKey.computeIfAbsent(key, k -> {
                keys.add(k);
                return new ArrayList<>();
            }).add(h);
        }
        count = keys.size();
        location = new int[count];
        size = new int[count];
        accessible = new boolean[count];
        community = new int[count];
        members = new int[count][];
        segmentSizes = new int[count][];
        segmentWaitingCosts = new double[count][];
        Comparator<Integer> mostUrgentFirst = mostUrgentFirst(problem);
        for (int k = 0; k < count; k++) {
            List<Integer> classMembers = byKey.get(keys.get(k));
            classMembers.sort(mostUrgentFirst);
            int first = classMembers.get(0);
            location[k] = problem.location[first];
            size[k] = problem.size[first];
            accessible[k] = problem.accessible[first];
            community[k] = problem.community[first];
            members[k] = classMembers.stream().mapToInt(Integer::intValue).toArray();
            cutIntoSegments(problem, k);
        }
    }

    int households(int k) {
        return members[k].length;
    }

    /** Waiting cost first; among equals the longest wait, then the order of the input. */
    private static Comparator<Integer> mostUrgentFirst(IndexedProblem problem) {
        return Comparator.<Integer>comparingDouble(h -> -problem.waitingCostPerPerson[h])
                .thenComparingInt(h -> -problem.household(h).waitingDays())
                .thenComparingInt(h -> h);
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
