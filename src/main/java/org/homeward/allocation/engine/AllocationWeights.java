package org.homeward.allocation.engine;

/**
 * The weights of the allocation objective, all in cost per person; the product binds them to typed
 * configuration. One unit of cost is worth one person-kilometre with the defaults.
 *
 * <p>A proposal minimises, summed over all households: persons left waiting times
 * ({@code leftWaiting} + {@code vulnerability} x priority + {@code waitingMonth} x whole months
 * waited, capped at {@code waitingMonthsCap}); persons placed times {@code distance} x kilometres
 * from home; persons placed times {@code fullness} x how full the centre already is (0 to 1, in
 * steps of a tenth); and persons placed outside the centre that holds most of their home community
 * times {@code awayFromCommunity}. See docs/allocation.md.
 *
 * @param leftWaiting       cost of one person left waiting; large, so that placing people comes first
 * @param vulnerability     extra cost of one person left waiting, per level of priority
 * @param waitingMonth      extra cost of one person left waiting, per whole 30 days waited
 * @param waitingMonthsCap  months beyond which waiting longer adds nothing
 * @param distance          cost of one person placed one kilometre from home
 * @param fullness          cost of one person placed in a full centre (scaled by how full it is)
 * @param awayFromCommunity cost of one person placed away from the main centre of their community
 */
public record AllocationWeights(
        double leftWaiting,
        double vulnerability,
        double waitingMonth,
        int waitingMonthsCap,
        double distance,
        double fullness,
        double awayFromCommunity) {

    public AllocationWeights {
        requireNonNegative("leftWaiting", leftWaiting);
        requireNonNegative("vulnerability", vulnerability);
        requireNonNegative("waitingMonth", waitingMonth);
        requireNonNegative("distance", distance);
        requireNonNegative("fullness", fullness);
        requireNonNegative("awayFromCommunity", awayFromCommunity);
        if (waitingMonthsCap < 0) {
            throw new IllegalArgumentException("waitingMonthsCap must not be negative");
        }
    }

    /** The defaults: people first, then vulnerability and waiting, then distance, fullness and community. */
    public static AllocationWeights defaults() {
        return new AllocationWeights(25_000, 100, 20, 24, 1, 30, 15);
    }

    /** Extra waiting cost per person of one household, above {@code leftWaiting}. */
    public double priorityPerPerson(int priority, int waitingDays) {
        return vulnerability * priority + waitingMonth * Math.min(waitingDays / 30, waitingMonthsCap);
    }

    /**
     * Whether no trade of one person placed against the other terms can pay off, so that the proposal
     * places as many people as it can before anything else: {@code leftWaiting} exceeds what
     * the largest household can gain on every other term.
     */
    public boolean placesPeopleFirst(int largestHousehold, int highestPriority, double longestKilometres) {
        double mostPriority = priorityPerPerson(highestPriority, waitingMonthsCap * 30);
        double mostPlacementCost = distance * longestKilometres + fullness + awayFromCommunity;
        return leftWaiting > (largestHousehold - 1) * mostPriority + largestHousehold * mostPlacementCost;
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, zero or more, not " + value);
        }
    }
}
