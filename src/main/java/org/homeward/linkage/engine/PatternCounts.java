package org.homeward.linkage.engine;

import java.util.HashMap;
import java.util.Map;

/** Counts of comparison patterns in an open-addressing table: counting millions of pairs boxes nothing. */
final class PatternCounts {

    private long[] keys = new long[256];
    private long[] counts = new long[256];
    private boolean[] used = new boolean[256];
    private int size;

    void add(long pattern, long count) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(pattern);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = pattern;
            size++;
        }
        counts[slot] += count;
    }

    void addAll(PatternCounts other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.used[i]) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    Map<Long, Long> toMap() {
        Map<Long, Long> map = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                map.put(keys[i], counts[i]);
            }
        }
        return map;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        long mixed = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> 40) & mask;
        while (used[slot] && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                add(oldKeys[i], oldCounts[i]);
            }
        }
    }
}
