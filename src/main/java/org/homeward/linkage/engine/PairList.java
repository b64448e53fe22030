package org.homeward.linkage.engine;

import java.util.Arrays;
import java.util.List;

/** Scored pairs kept in primitive arrays (two record indices and a weight each): compact for millions. */
public final class PairList {

    private int[] left = new int[1024];
    private int[] right = new int[1024];
    private float[] weight = new float[1024];
    private int size;
    private boolean sortedByIndices = true;

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
        sortedByIndices = false;
    }

    public void addAll(PairList other) {
        for (int k = 0; k < other.size; k++) {
            add(other.left[k], other.right[k], other.weight[k]);
        }
    }

    /** The pairs of several lists in one list of exactly their size. */
    static PairList concatenate(List<PairList> lists) {
        int total = 0;
        for (PairList list : lists) {
            total += list.size;
        }
        PairList all = new PairList();
        all.left = new int[Math.max(total, 1)];
        all.right = new int[Math.max(total, 1)];
        all.weight = new float[Math.max(total, 1)];
        for (PairList list : lists) {
            System.arraycopy(list.left, 0, all.left, all.size, list.size);
            System.arraycopy(list.right, 0, all.right, all.size, list.size);
            System.arraycopy(list.weight, 0, all.weight, all.size, list.size);
            all.size += list.size;
        }
        all.sortedByIndices = total < 2;
        return all;
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

    /**
     * Indices of the pairs at or above a weight, strongest first (ties by record order). Sorts the
     * list by record indices first if it is not, so indices refer to that order.
     */
    int[] indicesAtOrAbove(double threshold) {
        if (!sortedByIndices) {
            sortByIndices();
        }
        int count = 0;
        for (int k = 0; k < size; k++) {
            if (weight[k] >= threshold) {
                count++;
            }
        }
        // One long per pair: the weight, in an order-preserving integer form, negated (strongest
        // first), above the pair's index, which after sortByIndices is the order of (left, right).
        long[] order = new long[count];
        int next = 0;
        for (int k = 0; k < size; k++) {
            if (weight[k] >= threshold) {
                order[next++] = (long) orderedBits(-weight[k]) << 32 | k;
            }
        }
        java.util.Arrays.parallelSort(order);
        int[] indices = new int[count];
        for (int n = 0; n < count; n++) {
            indices[n] = (int) order[n];
        }
        return indices;
    }

    /** A float's bits as an int that sorts as Float.compare does. */
    private static int orderedBits(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ (bits >> 31 & 0x7FFFFFFF);
    }

    /**
     * Sorts by left then right index, so a pair's weight can be looked up by binary search. A
     * counting sort by left index, then each left index's pairs by right index: primitive arrays
     * only, about 12 bytes a pair beside the list while it runs.
     */
    void sortByIndices() {
        int records = 0;
        for (int k = 0; k < size; k++) {
            records = Math.max(records, left[k] + 1);
        }
        int[] start = new int[records + 1];
        for (int k = 0; k < size; k++) {
            start[left[k] + 1]++;
        }
        for (int i = 0; i < records; i++) {
            start[i + 1] += start[i];
        }
        int[] newLeft = new int[Math.max(size, 1)];
        int[] newRight = new int[Math.max(size, 1)];
        float[] newWeight = new float[Math.max(size, 1)];
        int[] next = java.util.Arrays.copyOf(start, records);
        for (int k = 0; k < size; k++) {
            int at = next[left[k]]++;
            newLeft[at] = left[k];
            newRight[at] = right[k];
            newWeight[at] = weight[k];
        }
        left = newLeft;
        right = newRight;
        weight = newWeight;
        long[] bucket = new long[16];
        for (int i = 0; i < records; i++) {
            int from = start[i];
            int length = start[i + 1] - from;
            if (length < 2) {
                continue;
            }
            if (bucket.length < length) {
                bucket = new long[Math.max(length, bucket.length * 2)];
            }
            // Right indices are unique within one left index: sort (right, weight bits) as one long.
            for (int n = 0; n < length; n++) {
                bucket[n] = (long) right[from + n] << 32 | Float.floatToRawIntBits(weight[from + n]) & 0xFFFFFFFFL;
            }
            java.util.Arrays.sort(bucket, 0, length);
            for (int n = 0; n < length; n++) {
                right[from + n] = (int) (bucket[n] >>> 32);
                weight[from + n] = Float.intBitsToFloat((int) bucket[n]);
            }
        }
        sortedByIndices = true;
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
