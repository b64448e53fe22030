package org.homeward.allocation.engine;

import java.util.Arrays;

/**
 * The placed households of every centre, grouped by size and need of an accessible unit, so that
 * a household that can take another's place without changing any centre's room is found at once.
 */
final class PlacedBuckets {

    private final int sizes;
    private final int[][] members;
    private final int[] counts;
    private final int[] position;

    PlacedBuckets(IndexedProblem problem, Occupancy occupancy) {
        sizes = problem.largestHousehold + 1;
        int buckets = problem.centreCount * sizes * 2;
        members = new int[buckets][];
        counts = new int[buckets];
        position = new int[problem.householdCount];
        Arrays.fill(members, new int[0]);
        for (int h = 0; h < problem.householdCount; h++) {
            if (occupancy.isPlaced(h)) {
                add(bucket(occupancy.centreOf(h), problem.size[h], problem.accessible[h]), h);
            }
        }
    }

    int bucket(int centre, int size, boolean accessible) {
        return (centre * sizes + size) * 2 + (accessible ? 1 : 0);
    }

    int count(int bucket) {
        return counts[bucket];
    }

    int member(int bucket, int index) {
        return members[bucket][index];
    }

    void move(int household, int fromBucket, int toBucket) {
        remove(fromBucket, household);
        add(toBucket, household);
    }

    void add(int bucket, int household) {
        if (counts[bucket] == members[bucket].length) {
            members[bucket] = Arrays.copyOf(members[bucket], Math.max(8, counts[bucket] * 2));
        }
        position[household] = counts[bucket];
        members[bucket][counts[bucket]++] = household;
    }

    void remove(int bucket, int household) {
        int index = position[household];
        int last = members[bucket][--counts[bucket]];
        members[bucket][index] = last;
        position[last] = index;
    }
}
