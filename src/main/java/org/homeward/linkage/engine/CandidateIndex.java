package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory blocking index for the on-entry check ("is this person already registered?"):
 * records are added one by one, and {@link #candidatesFor} answers the indexed records that
 * share a block with a new one under any rule of the {@link BlockingScheme}, as the batch run
 * would pair them. Safe for concurrent use: many readers, one writer at a time.
 */
public final class CandidateIndex {

    private final BlockingScheme scheme;
    private final PostingMap[] postings;
    private final List<StandardRecord> records = new ArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public CandidateIndex(BlockingScheme scheme) {
        this.scheme = scheme;
        this.postings = new PostingMap[scheme.rules().size()];
        for (int r = 0; r < postings.length; r++) {
            postings[r] = new PostingMap();
        }
    }

    /** Indexes a record; answers its index in this index. */
    public int add(StandardRecord record) {
        long[] keys = scheme.keys(record);
        lock.writeLock().lock();
        try {
            int index = records.size();
            records.add(record);
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

    public int size() {
        lock.readLock().lock();
        try {
            return records.size();
        } finally {
            lock.readLock().unlock();
        }
    }

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
                int[] values = postings[r].values(keys[r]);
                if (count + size > found.length) {
                    found = Arrays.copyOf(found, Math.max(found.length * 2, count + size));
                }
                System.arraycopy(values, 0, found, count, size);
                count += size;
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
            if (other.id().equals(record.id()) || scorer.weight(record, other) < minimumWeight) {
                continue;
            }
            matches.add(scorer.score(record, other));
        }
        matches.sort(Comparator.comparingDouble(ScoredPair::totalWeight).reversed());
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }
}
