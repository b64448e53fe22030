package org.homeward.linkage.engine;

import java.util.Arrays;

/**
 * An open-addressing map from a 64-bit key (never 0) to a list of ints; no boxing. A key whose
 * values were all removed stays as a tombstone (size 0) until the table is rebuilt, when it is
 * dropped, so keys that edits left behind do not pile up.
 */
final class PostingMap {

    private static final int[] NONE = new int[0];
    private long[] keys = new long[1024];
    private int[][] postings = new int[1024][];
    private int[] sizes = new int[1024];
    /** Occupied slots, tombstones included. */
    private int count;
    /** Keys with at least one value. */
    private int liveKeys;

    private long values;

    void add(long key, int value) {
        if (count * 2 >= keys.length) {
            rebuild();
        }
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            postings[slot] = new int[2];
            count++;
        } else if (sizes[slot] == postings[slot].length) {
            postings[slot] = Arrays.copyOf(postings[slot], Math.max(2, sizes[slot] * 2));
        }
        if (sizes[slot] == 0) {
            liveKeys++;
        }
        postings[slot][sizes[slot]++] = value;
        values++;
    }

    /** Removes one occurrence of the value from the key's list; answers whether it was there. */
    boolean remove(long key, int value) {
        int slot = slot(key);
        if (keys[slot] == 0) {
            return false;
        }
        int[] list = postings[slot];
        int size = sizes[slot];
        for (int k = 0; k < size; k++) {
            if (list[k] == value) {
                // Order within a block does not matter: the last value takes the freed place.
                list[k] = list[size - 1];
                sizes[slot] = size - 1;
                values--;
                if (size == 1) {
                    liveKeys--;
                    postings[slot] = NONE;
                } else if (size - 1 <= list.length / 4 && list.length > 8) {
                    postings[slot] = Arrays.copyOf(list, list.length / 2);
                }
                return true;
            }
        }
        return false;
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

    /** Keys with at least one value. */
    int keyCount() {
        return liveKeys;
    }

    /** Values over all keys. */
    long valueCount() {
        return values;
    }

    /** Slots in use, tombstones included (what the table's memory follows). */
    int slotsInUse() {
        return count;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ key >>> 32) * 0x9E3779B9 & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    /** Drops the tombstones; doubles the table only when the live keys need it. */
    private void rebuild() {
        long[] oldKeys = keys;
        int[][] oldPostings = postings;
        int[] oldSizes = sizes;
        int capacity = liveKeys * 4 >= oldKeys.length ? oldKeys.length * 2 : oldKeys.length;
        keys = new long[capacity];
        postings = new int[capacity][];
        sizes = new int[capacity];
        count = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0 && oldSizes[i] > 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                postings[slot] = oldPostings[i];
                sizes[slot] = oldSizes[i];
                count++;
            }
        }
    }
}
