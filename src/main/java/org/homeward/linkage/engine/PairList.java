package org.homeward.linkage.engine;

import java.util.Arrays;

/** Scored pairs kept in primitive arrays (two record indices and a weight each): compact for millions. */
public final class PairList {

    private int[] left = new int[1024];
    private int[] right = new int[1024];
    private float[] weight = new float[1024];
    private int size;

    public void add(int leftIndex, int rightIndex, double pairWeight) {
        if (size == left.length) {
            int capacity = size * 2;
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            weight = Arrays.copyOf(weight, capacity);
        }
        left[size] = leftIndex;
        right[size] = rightIndex;
        weight[size] = (float) pairWeight;
        size++;
    }

    public void addAll(PairList other) {
        for (int k = 0; k < other.size; k++) {
            add(other.left[k], other.right[k], other.weight[k]);
        }
    }

    public int size() {
        return size;
    }

    public int left(int k) {
        return left[k];
    }

    public int right(int k) {
        return right[k];
    }

    public double weight(int k) {
        return weight[k];
    }

    void setWeight(int k, double pairWeight) {
        weight[k] = (float) pairWeight;
    }

    /** Indices of the pairs at or above a weight, strongest first (ties by record order). */
    Integer[] indicesAtOrAbove(double threshold) {
        return java.util.stream.IntStream.range(0, size).filter(k -> weight[k] >= threshold).boxed()
                .sorted((x, y) -> weight[x] != weight[y] ? Float.compare(weight[y], weight[x])
                        : left[x] != left[y] ? Integer.compare(left[x], left[y]) : Integer.compare(right[x], right[y]))
                .toArray(Integer[]::new);
    }

    /** Sorts by left then right index, so a pair's weight can be looked up by binary search. */
    void sortByIndices() {
        long[] packed = new long[size];
        for (int k = 0; k < size; k++) {
            packed[k] = (long) left[k] << 32 | right[k];
        }
        Integer[] order = java.util.stream.IntStream.range(0, size).boxed()
                .sorted((x, y) -> Long.compare(packed[x], packed[y])).toArray(Integer[]::new);
        int[] newLeft = new int[Math.max(size, 1)];
        int[] newRight = new int[Math.max(size, 1)];
        float[] newWeight = new float[Math.max(size, 1)];
        for (int k = 0; k < size; k++) {
            newLeft[k] = left[order[k]];
            newRight[k] = right[order[k]];
            newWeight[k] = weight[order[k]];
        }
        left = newLeft;
        right = newRight;
        weight = newWeight;
    }

    /** The index of pair (i, j) with i < j after {@link #sortByIndices()}, or -1. */
    int find(int i, int j) {
        int low = 0;
        int high = size - 1;
        long target = (long) i << 32 | j;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long value = (long) left[middle] << 32 | right[middle];
            if (value < target) {
                low = middle + 1;
            } else if (value > target) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }
}
