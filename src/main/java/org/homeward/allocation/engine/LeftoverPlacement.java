package org.homeward.allocation.engine;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Places households still waiting, most urgent per person first and larger before smaller among
 * equals, each in the centre where it adds least cost, as long as that is less than leaving it waiting.
 */
final class LeftoverPlacement {

    private LeftoverPlacement() {}

    static int placeWaiting(IndexedProblem problem, Occupancy occupancy) {
        int[] waiting = IntStream.range(0, problem.householdCount)
                .filter(h -> !occupancy.isPlaced(h))
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(h -> -problem.waitingCostPerPerson[h])
                        .thenComparingInt(h -> -problem.size[h])
                        .thenComparingInt(h -> h))
                .mapToInt(Integer::intValue)
                .toArray();
        int placed = 0;
        for (int household : waiting) {
            int best = cheapestFittingCentre(problem, occupancy, household);
            if (best != Occupancy.WAITING
                    && PlanCost.ofPlacing(problem, occupancy, household, best) < problem.waitingCost(household)) {
                occupancy.place(household, best);
                placed++;
            }
        }
        return placed;
    }

    static int cheapestFittingCentre(IndexedProblem problem, Occupancy occupancy, int household) {
        int best = Occupancy.WAITING;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int c = 0; c < problem.centreCount; c++) {
            if (occupancy.fits(household, c)) {
                double cost = PlanCost.ofPlacing(problem, occupancy, household, c);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = c;
                }
            }
        }
        return best;
    }
}
