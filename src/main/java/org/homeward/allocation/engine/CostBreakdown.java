package org.homeward.allocation.engine;

/**
 * The objective split into its terms, for one household, one centre choice or a whole plan.
 *
 * @param distance          person-kilometres from home, weighted
 * @param fullness          how full the centres were when the persons came, weighted
 * @param awayFromCommunity persons placed away from the main centre of their community, weighted
 * @param leftWaiting       persons left waiting, weighted by their vulnerability and time waited
 */
public record CostBreakdown(double distance, double fullness, double awayFromCommunity, double leftWaiting) {

    /** No cost at all. */
    public static final CostBreakdown ZERO = new CostBreakdown(0, 0, 0, 0);

    /** The sum of the terms: the value the engine minimises. */
    public double total() {
        return distance + fullness + awayFromCommunity + leftWaiting;
    }

    /** The term-by-term sum of this and another breakdown. */
    public CostBreakdown plus(CostBreakdown other) {
        return new CostBreakdown(
                distance + other.distance,
                fullness + other.fullness,
                awayFromCommunity + other.awayFromCommunity,
                leftWaiting + other.leftWaiting);
    }
}
