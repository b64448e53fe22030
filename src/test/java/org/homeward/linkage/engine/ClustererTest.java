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
        int[] cluster = new Clusterer(0, -10, false).cluster(3, pairs, (i, j) -> weights[i][j], new int[3], none(3));
        assertThat(cluster[0]).isEqualTo(cluster[1]);
        assertThat(cluster[2]).isNotEqualTo(cluster[0]);
    }

    @Test
    void mergesAChainWhoseEndsDoNotClearlyDisagree() {
        PairList pairs = new PairList();
        pairs.add(0, 1, 12);
        pairs.add(1, 2, 8);
        double[][] weights = {{0, 12, -3}, {12, 0, 8}, {-3, 8, 0}};
        int[] cluster = new Clusterer(0, -10, false).cluster(3, pairs, (i, j) -> weights[i][j], new int[3], none(3));
        assertThat(cluster).containsOnly(0);
    }

    @Test
    void keepsOneRecordPerSourceWhenLinking() {
        PairList pairs = new PairList();
        pairs.add(0, 2, 20);
        pairs.add(1, 2, 15);
        int[] sources = {0, 0, 1};
        int[] cluster = new Clusterer(0, -10, true).cluster(3, pairs, (i, j) -> 5, sources, none(3));
        assertThat(cluster[0]).isEqualTo(cluster[2]);
        assertThat(cluster[1]).isNotEqualTo(cluster[2]);
    }

    @Test
    void keepsTwoMembersOfOneHouseholdApartUnlessTheyMatchThemselves() {
        // Brothers 0 and 1 share a household; 2 is brother 1 registered again elsewhere and resembles both.
        PairList pairs = new PairList();
        pairs.add(1, 2, 20);
        pairs.add(0, 2, 6);
        double[][] weights = {{0, -6, 6}, {-6, 0, 20}, {6, 20, 0}};
        int[] cluster = new Clusterer(0, -10, false)
                .cluster(3, pairs, (i, j) -> weights[i][j], new int[3], new int[] {7, 7, -1});
        assertThat(cluster[1]).isEqualTo(cluster[2]);
        assertThat(cluster[0]).isNotEqualTo(cluster[2]);
    }

    @Test
    void aClearMatchIsNotSplitByAWeakDisagreementOfAThirdRecord() {
        // 0~1 and 1~2 are clear matches; 0 and 2 disagree (−15 bits), but not strongly.
        PairList pairs = new PairList();
        pairs.add(0, 1, 30);
        pairs.add(1, 2, 25);
        double[][] weights = {{0, 30, -15}, {30, 0, 25}, {-15, 25, 0}};
        int[] cluster = new Clusterer(0, -10, false).cluster(3, pairs, (i, j) -> weights[i][j], new int[3], none(3));
        assertThat(cluster).containsOnly(0);
    }

    @Test
    void relativesStayApartHoweverStronglyAThirdRecordMatchesBoth() {
        PairList pairs = new PairList();
        pairs.add(0, 2, 30);
        pairs.add(1, 2, 30);
        double[][] weights = {{0, Double.NEGATIVE_INFINITY, 30}, {Double.NEGATIVE_INFINITY, 0, 30}, {30, 30, 0}};
        int[] cluster = new Clusterer(0, -10, false).cluster(3, pairs, (i, j) -> weights[i][j], new int[3], none(3));
        assertThat(cluster[0]).isNotEqualTo(cluster[1]);
    }

    private static int[] none(int size) {
        int[] households = new int[size];
        java.util.Arrays.fill(households, -1);
        return households;
    }

    @Test
    void ignoresPairsBelowTheMatchWeight() {
        PairList pairs = new PairList();
        pairs.add(0, 1, -2);
        int[] cluster = new Clusterer(0, -10, false).cluster(2, pairs, (i, j) -> -2, new int[2], none(2));
        assertThat(cluster[0]).isNotEqualTo(cluster[1]);
    }
}
