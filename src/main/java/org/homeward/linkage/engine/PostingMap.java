package org.homeward.linkage.engine;

import java.util.Arrays;

/**
 * An open-addressing map from a 64-bit key (never 0) to a list of ints; no boxing. Most block keys
 * of a registry (a phone, a document, a rare name with a birth date) belong to one record: such a
 * key's single value is kept in the table itself (as {@code -(value + 1)} in {@link #sizes}), and a
 * list is made only for the second value. A key whose values were all removed stays as a tombstone
 * (size 0) until the table is rebuilt, when it is dropped, so keys that edits left behind do not
 * pile up. The table is rebuilt at 70% of its slots in use and doubled when half of them hold live
 * keys.
 */
final class PostingMap {

    private long[] keys = new long[1024];
    /** A key's values when it has two or more; null otherwise. */
    private int[][] postings = new int[1024][];
    /** How many values a key has; a single value is held here instead, as {@code -(value + 1)}. */
    private int[] sizes = new int[1024];
    /** Occupied slots, tombstones included. */
    private int count;
    /** Keys with at least one value. */
    private int liveKeys;

    private long values;

    void add(long key, int value) {
        if (count * 10 >= keys.length * 7) {
            rebuild();
        }
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            count++;
        }
        int size = sizes[slot];
        if (size == 0) {
            sizes[slot] = -(value + 1);
            postings[slot] = null;
            liveKeys++;
        } else if (size < 0) {
            postings[slot] = new int[] {-(size + 1), value};
            sizes[slot] = 2;
        } else {
            if (size == postings[slot].length) {
                postings[slot] = Arrays.copyOf(postings[slot], size * 2);
            }
            postings[slot][size] = value;
            sizes[slot] = size + 1;
        }
        values++;
    }

    /** Removes one occurrence of the value from the key's list; answers whether it was there. */
    boolean remove(long key, int value) {
        int slot = slot(key);
        if (keys[slot] == 0 || sizes[slot] == 0) {
            return false;
        }
        int size = sizes[slot];
        if (size < 0) {
            if (-(size + 1) != value) {
                return false;
            }
            sizes[slot] = 0;
            liveKeys--;
            values--;
            return true;
        }
        int[] list = postings[slot];
        for (int k = 0; k < size; k++) {
            if (list[k] == value) {
                // Order within a block does not matter: the last value takes the freed place.
                list[k] = list[size - 1];
                values--;
                if (size == 2) {
                    sizes[slot] = -(list[0] + 1);
                    postings[slot] = null;
                } else {
                    sizes[slot] = size - 1;
                    if (size - 1 <= list.length / 4 && list.length > 8) {
                        postings[slot] = Arrays.copyOf(list, list.length / 2);
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** How many values the key has. */
    int size(long key) {
        int slot = slot(key);
        if (keys[slot] == 0) {
            return 0;
        }
        int size = sizes[slot];
        return size < 0 ? 1 : size;
    }

    /** Copies the key's values into {@code target} from {@code offset} (room for {@link #size}); answers how many. */
    int copyValues(long key, int[] target, int offset) {
        int slot = slot(key);
        if (keys[slot] == 0) {
            return 0;
        }
        int size = sizes[slot];
        if (size < 0) {
            target[offset] = -(size + 1);
            return 1;
        }
        if (size > 0) {
            System.arraycopy(postings[slot], 0, target, offset, size);
        }
        return size;
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
        int capacity = liveKeys * 2 >= oldKeys.length ? oldKeys.length * 2 : oldKeys.length;
        keys = new long[capacity];
        postings = new int[capacity][];
        sizes = new int[capacity];
        count = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0 && oldSizes[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                postings[slot] = oldPostings[i];
                sizes[slot] = oldSizes[i];
                count++;
            }
        }
    }
}
