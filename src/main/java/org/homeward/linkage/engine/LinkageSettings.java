package org.homeward.linkage.engine;

/**
 * The settings of a linkage run. The defaults are the same for every dataset and were fixed
 * before measuring: a pair is one person when its match probability is at least one half
 * (total weight ≥ 0 bits), goes to review from about 3% (−5 bits), and two records with weight
 * below −10 bits (odds of 1 in 1000) may never end in one cluster.
 *
 * @param blocking          the blocking rules
 * @param linkSources       compare only records of different sources (linking files), one record
 *                          per source and person
 * @param matchWeight       total weight from which a pair is a match
 * @param reviewWeight      total weight from which a pair is kept for review
 * @param cannotLinkWeight  total weight below which two records are clearly different persons
 * @param householdWeight   weight added per other matched member of the two records' households (at most two)
 * @param sameHouseholdWeight weight added when both records are in one household: a household
 *                          seldom lists one person twice, and its members share names (brothers)
 * @param seed              seed of the random pairs the estimation draws
 * @param estimationPairs   how many candidate pairs (at most) the EM estimation looks at
 * @param model             a model to use instead of estimating one, or null
 */
public record LinkageSettings(
        BlockingScheme blocking,
        boolean linkSources,
        double matchWeight,
        double reviewWeight,
        double cannotLinkWeight,
        double householdWeight,
        double sameHouseholdWeight,
        long seed,
        long estimationPairs,
        LinkageModel model) {

    public static final double DEFAULT_MATCH_WEIGHT = 0.0;
    public static final double DEFAULT_REVIEW_WEIGHT = -5.0;
    public static final double DEFAULT_CANNOT_LINK_WEIGHT = -10.0;
    public static final double DEFAULT_HOUSEHOLD_WEIGHT = 3.0;
    public static final double DEFAULT_SAME_HOUSEHOLD_WEIGHT = -10.0;

    public static LinkageSettings defaults() {
        return new LinkageSettings(
                BlockingScheme.standard(),
                false,
                DEFAULT_MATCH_WEIGHT,
                DEFAULT_REVIEW_WEIGHT,
                DEFAULT_CANNOT_LINK_WEIGHT,
                DEFAULT_HOUSEHOLD_WEIGHT,
                DEFAULT_SAME_HOUSEHOLD_WEIGHT,
                1L,
                2_000_000L,
                null);
    }

    public LinkageSettings withLinkSources(boolean link) {
        return new LinkageSettings(
                blocking,
                link,
                matchWeight,
                reviewWeight,
                cannotLinkWeight,
                householdWeight,
                sameHouseholdWeight,
                seed,
                estimationPairs,
                model);
    }

    public LinkageSettings withMatchWeight(double weight) {
        return new LinkageSettings(
                blocking,
                linkSources,
                weight,
                reviewWeight,
                cannotLinkWeight,
                householdWeight,
                sameHouseholdWeight,
                seed,
                estimationPairs,
                model);
    }

    public LinkageSettings withModel(LinkageModel fixed) {
        return new LinkageSettings(
                blocking,
                linkSources,
                matchWeight,
                reviewWeight,
                cannotLinkWeight,
                householdWeight,
                sameHouseholdWeight,
                seed,
                estimationPairs,
                fixed);
    }
}
