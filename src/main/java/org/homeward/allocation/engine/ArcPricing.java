package org.homeward.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds the arcs (class to centre) of the linear programme worth adding: those whose reduced cost
 * under the current duals is negative. Arcs only go where a household of the class could ever fit.
 */
final class ArcPricing {

    private final IndexedProblem problem;
    private final HouseholdClasses classes;
    /** Per home location, the centres from nearest to farthest. */
    private final int[][] centresByDistance;

    ArcPricing(IndexedProblem problem, HouseholdClasses classes) {
        this.problem = problem;
        this.classes = classes;
        centresByDistance = new int[problem.locationCount()][];
        for (int l = 0; l < problem.locationCount(); l++) {
            double[] kilometres = problem.kilometres[l];
            centresByDistance[l] = IntStream.range(0, problem.centreCount)
                    .boxed()
                    .sorted(Comparator.comparingDouble(c -> kilometres[c]))
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
    }

    int[] nearestFittingCentres(int k, int wanted) {
        return Arrays.stream(centresByDistance[classes.location[k]])
                .filter(c -> problem.couldEverFit(classes.size[k], classes.accessible[k], c))
                .limit(wanted)
                .toArray();
    }

    /** Missing arcs with negative reduced cost, at most {@code perClass} per class, as class x centres + centre. */
    List<Long> improvingArcs(ArcCosts costs, LpDuals duals, boolean[][] arcExists, int perClass, double tolerance) {
        List<Long> arcs = new ArrayList<>();
        double[] reduced = new double[problem.centreCount];
        Integer[] order = new Integer[problem.centreCount];
        for (int k = 0; k < classes.count; k++) {
            int candidates = 0;
            for (int c = 0; c < problem.centreCount; c++) {
                if (arcExists[k][c] || !problem.couldEverFit(classes.size[k], classes.accessible[k], c)) {
                    continue;
                }
                double reducedCost = costs.cost(k, c) - duals.classRows()[k] - duals.centrePrice(classes, k, c);
                if (reducedCost < -tolerance * (1 + Math.abs(duals.classRows()[k]))) {
                    reduced[c] = reducedCost;
                    order[candidates++] = c;
                }
            }
            Arrays.sort(order, 0, candidates, Comparator.comparingDouble(c -> reduced[c]));
            for (int i = 0; i < Math.min(perClass, candidates); i++) {
                arcs.add((long) k * problem.centreCount + order[i]);
            }
        }
        return arcs;
    }
}
