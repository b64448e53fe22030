package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory blocking index for the on-entry check ("is this person already registered?"):
 * records are added one by one, and {@link #candidatesFor} answers the indexed records that
 * share a block with a new one under any rule of the {@link BlockingScheme}, as the batch run
 * would pair them. A record is known by its id: {@link #put} replaces the earlier version of a
 * record (its old block entries go) and {@link #remove} takes it out, so edits do not make the
 * index grow. Safe for concurrent use: many readers, one writer at a time.
 */
public final class CandidateIndex {

    private final BlockingScheme scheme;
    private final PostingMap[] postings;
    private final List<StandardRecord> records = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<Integer> free = new ArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public CandidateIndex(BlockingScheme scheme) {
        this.scheme = scheme;
        this.postings = new PostingMap[scheme.rules().size()];
        for (int r = 0; r < postings.length; r++) {
            postings[r] = new PostingMap();
        }
    }

    /**
     * Indexes a record, replacing the indexed record with the same id if there is one; answers its
     * position in this index (a replaced record keeps its position).
     */
    public int put(StandardRecord record) {
        long[] keys = scheme.keys(record);
        lock.writeLock().lock();
        try {
            Integer known = positions.get(record.id());
            int index;
            if (known != null) {
                index = known;
                unpost(index, scheme.keys(records.get(index)));
                records.set(index, record);
            } else if (!free.isEmpty()) {
                index = free.remove(free.size() - 1);
                records.set(index, record);
            } else {
                index = records.size();
                records.add(record);
            }
            positions.put(record.id(), index);
            for (int r = 0; r < keys.length; r++) {
                if (keys[r] != 0) {
                    postings[r].add(keys[r], index);
                }
            }
            return index;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Takes the record with this id out of the index; answers whether it was there. */
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            Integer known = positions.remove(id);
            if (known == null) {
                return false;
            }
            unpost(known, scheme.keys(records.get(known)));
            records.set(known, null);
            free.add(known);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void unpost(int index, long[] keys) {
        for (int r = 0; r < keys.length; r++) {
            if (keys[r] != 0) {
                postings[r].remove(keys[r], index);
            }
        }
    }

    /** The indexed record with this id. */
    public Optional<StandardRecord> find(String id) {
        lock.readLock().lock();
        try {
            Integer known = positions.get(id);
            return known == null ? Optional.empty() : Optional.of(records.get(known));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Block entries over all rules (one per record and rule it has a key for): stable under edits. */
    public long postingCount() {
        lock.readLock().lock();
        try {
            long total = 0;
            for (PostingMap map : postings) {
                total += map.valueCount();
            }
            return total;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Keys the block tables hold, removed ones not yet compacted away included. */
    public long keySlots() {
        lock.readLock().lock();
        try {
            long total = 0;
            for (PostingMap map : postings) {
                total += map.slotsInUse();
            }
            return total;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Records indexed now. */
    public int size() {
        lock.readLock().lock();
        try {
            return positions.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The record at a position {@link #candidatesFor} answered. */
    public StandardRecord record(int index) {
        lock.readLock().lock();
        try {
            return records.get(index);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Indices of the indexed records that share a block with this record (blocks too large left out). */
    public int[] candidatesFor(StandardRecord record) {
        long[] keys = scheme.keys(record);
        lock.readLock().lock();
        try {
            int[] found = new int[64];
            int count = 0;
            for (int r = 0; r < keys.length; r++) {
                if (keys[r] == 0) {
                    continue;
                }
                int size = postings[r].size(keys[r]);
                if (size > scheme.maximumBlockSize()) {
                    continue;
                }
                if (count + size > found.length) {
                    found = Arrays.copyOf(found, Math.max(found.length * 2, count + size));
                }
                count += postings[r].copyValues(keys[r], found, count);
            }
            return Arrays.stream(found, 0, count).distinct().toArray();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The on-entry check: the indexed records most likely the same person as this one, scored
     * and explained, at or above {@code minimumWeight}, strongest first, at most {@code limit}.
     */
    public List<ScoredPair> likelyMatches(StandardRecord record, PairScorer scorer, double minimumWeight, int limit) {
        List<ScoredPair> matches = new ArrayList<>();
        for (int candidate : candidatesFor(record)) {
            StandardRecord other = record(candidate);
            if (other == null || other.id().equals(record.id()) || scorer.weight(record, other) < minimumWeight) {
                continue;
            }
            matches.add(scorer.score(record, other));
        }
        matches.sort(Comparator.comparingDouble(ScoredPair::totalWeight).reversed());
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }
}
