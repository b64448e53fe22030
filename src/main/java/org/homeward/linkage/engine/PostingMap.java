package org.homeward.linkage.engine;

import java.util.Arrays;

/** An open-addressing map from a 64-bit key (never 0) to a growing list of ints; no boxing. */
final class PostingMap {

    private static final int[] NONE = new int[0];
    private long[] keys = new long[1024];
    private int[][] postings = new int[1024][];
    private int[] sizes = new int[1024];
    private int count;

    void add(long key, int value) {
        if (count * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            postings[slot] = new int[2];
            count++;
        } else if (sizes[slot] == postings[slot].length) {
            postings[slot] = Arrays.copyOf(postings[slot], sizes[slot] * 2);
        }
        postings[slot][sizes[slot]++] = value;
    }

    /** How many values the key has. */
    int size(long key) {
        int slot = slot(key);
        return keys[slot] == 0 ? 0 : sizes[slot];
    }

    /** The values of the key (the array may be longer than {@link #size}); never null. */
    int[] values(long key) {
        int slot = slot(key);
        return keys[slot] == 0 ? NONE : postings[slot];
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ key >>> 32) * 0x9E3779B9 & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[][] oldPostings = postings;
        int[] oldSizes = sizes;
        keys = new long[oldKeys.length * 2];
        postings = new int[oldKeys.length * 2][];
        sizes = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                postings[slot] = oldPostings[i];
                sizes[slot] = oldSizes[i];
            }
        }
    }
}
