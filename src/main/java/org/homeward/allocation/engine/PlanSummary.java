package org.homeward.allocation.engine;

/**
 * Counts and bounds of a plan, to judge it against what is possible.
 *
 * @param householdsPlaced       households proposed a centre
 * @param householdsWaiting      households left waiting
 * @param personsPlaced          persons proposed a centre
 * @param personsWaiting         persons left waiting
 * @param openPlaces             free persons in open centres, the obvious limit with the persons waiting
 * @param personsUpperBound      the most persons any allocation can place (bound from a linear programme)
 * @param unavoidableWaitingCost the least cost every allocation pays for persons left waiting
 *                               ({@code leftWaiting} x persons beyond {@code personsUpperBound})
 * @param householdClasses       classes of alike households in the linear programme
 * @param linearProgramColumns   columns of the linear programme at the end
 * @param pricingRounds          solves of the linear programme, pricing included
 * @param improvingChanges       moves, swaps and exchanges made after rounding
 * @param solveMillis            wall-clock milliseconds the engine took
 */
public record PlanSummary(
        int householdsPlaced,
        int householdsWaiting,
        long personsPlaced,
        long personsWaiting,
        long openPlaces,
        double personsUpperBound,
        double unavoidableWaitingCost,
        int householdClasses,
        int linearProgramColumns,
        int pricingRounds,
        int improvingChanges,
        long solveMillis) {

    /** min(open places, persons waiting to be placed): no allocation can place more. */
    public long obviousPersonsBound() {
        return Math.min(openPlaces, personsPlaced + personsWaiting);
    }
}
