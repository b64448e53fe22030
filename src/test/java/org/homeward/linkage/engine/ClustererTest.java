package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClustererTest {

    @Test
    void doesNotChainStrangersTogether() {
        // A~B and B~C are matches, but A and C clearly disagree: C must not join A's cluster.
        PairList pairs = new PairList();
        pairs.add(0, 1, 12);
        pairs.add(1, 2, 8);
        double[][] weights = {{0, 12, -25}, {12, 0, 8}, {-25, 8, 0}};
        int[] cluster = new Clusterer(0, -10, false).cluster(3, pairs, (i, j) -> weights[i][j], new int[3]);
        assertThat(cluster[0]).isEqualTo(cluster[1]);
        assertThat(cluster[2]).isNotEqualTo(cluster[0]);
    }

    @Test
    void mergesAChainWhoseEndsDoNotClearlyDisagree() {
        PairList pairs = new PairList();
        pairs.add(0, 1, 12);
        pairs.add(1, 2, 8);
        double[][] weights = {{0, 12, -3}, {12, 0, 8}, {-3, 8, 0}};
        int[] cluster = new Clusterer(0, -10, false).cluster(3, pairs, (i, j) -> weights[i][j], new int[3]);
        assertThat(cluster).containsOnly(0);
    }

    @Test
    void keepsOneRecordPerSourceWhenLinking() {
        PairList pairs = new PairList();
        pairs.add(0, 2, 20);
        pairs.add(1, 2, 15);
        int[] sources = {0, 0, 1};
        int[] cluster = new Clusterer(0, -10, true).cluster(3, pairs, (i, j) -> 5, sources);
        assertThat(cluster[0]).isEqualTo(cluster[2]);
        assertThat(cluster[1]).isNotEqualTo(cluster[2]);
    }

    @Test
    void ignoresPairsBelowTheMatchWeight() {
        PairList pairs = new PairList();
        pairs.add(0, 1, -2);
        int[] cluster = new Clusterer(0, -10, false).cluster(2, pairs, (i, j) -> -2, new int[2]);
        assertThat(cluster[0]).isNotEqualTo(cluster[1]);
    }
}
