package org.homeward.linkage.engine;

import java.util.List;

/**
 * The outcome of a {@link LinkageRun}: each record's cluster, the scored pairs worth keeping
 * (at or above the review weight) with their decisions, the model and the blocking report.
 */
public final class LinkageResult {

    /** What became of a kept pair. */
    public enum Decision {
        MATCH,
        LINKED,
        REVIEW,
        SPLIT
    }

    private final List<StandardRecord> records;
    private final int[] cluster;
    private final PairList pairs;
    private final float[] householdWeights;
    private final LinkageModel model;
    private final BlockingReport blocking;
    private final LinkageSettings settings;
    private final PairScorer scorer;
    private final CandidatePairs candidates;

    LinkageResult(
            List<StandardRecord> records,
            int[] cluster,
            PairList pairs,
            float[] householdWeights,
            LinkageModel model,
            BlockingReport blocking,
            LinkageSettings settings,
            CandidatePairs candidates) {
        this.candidates = candidates;
        this.records = records;
        this.cluster = cluster;
        this.pairs = pairs;
        this.householdWeights = householdWeights;
        this.model = model;
        this.blocking = blocking;
        this.settings = settings;
        this.scorer = new PairScorer(model);
    }

    public int recordCount() {
        return records.size();
    }

    public StandardRecord record(int index) {
        return records.get(index);
    }

    /** The index of the first record of this record's cluster. */
    public int clusterOf(int index) {
        return cluster[index];
    }

    /** The cluster's id: the id of its first record. */
    public String clusterId(int index) {
        return records.get(cluster[index]).id();
    }

    public PairList pairs() {
        return pairs;
    }

    public Decision decision(int pair) {
        boolean together = cluster[pairs.left(pair)] == cluster[pairs.right(pair)];
        boolean match = pairs.weight(pair) >= settings.matchWeight();
        if (together) {
            return match ? Decision.MATCH : Decision.LINKED;
        }
        return match ? Decision.SPLIT : Decision.REVIEW;
    }

    /** The pair explained field by field (recomputed; household evidence included). */
    public ScoredPair explain(int pair) {
        return scorer.score(records.get(pairs.left(pair)), records.get(pairs.right(pair)), householdWeights[pair]);
    }

    /** Whether the run linked sources (compared only records of different sources). */
    public boolean linksSources() {
        return settings.linkSources();
    }

    /** Whether blocking made records i and j a candidate pair (for measuring blocking recall). */
    public boolean isCandidate(int i, int j) {
        return candidates.isCandidate(i, j);
    }

    public LinkageModel model() {
        return model;
    }

    public BlockingReport blocking() {
        return blocking;
    }
}
