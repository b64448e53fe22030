package org.homeward.allocation.engine;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * Which centres each home location would send persons to if households could be split and family
 * units did not count: a min-cost flow of persons (OR-Tools) from home locations to centres, solved
 * in milliseconds. The linear programme starts from these arcs, so that pricing has little left to add.
 */
final class PersonsFlowGuide {

    /** Costs are whole numbers in the flow; hundredths keep the rounding far below one person-kilometre. */
    private static final double COST_SCALE = 100;

    private PersonsFlowGuide() {}

    /** Per home location and centre, whether the flow sends any persons there. */
    static boolean[][] usedArcs(IndexedProblem problem) {
        int locations = problem.locationCount();
        int centres = problem.centreCount;
        int sink = locations + centres;
        MinCostFlow flow = new MinCostFlow();
        try {
            long[] locationPersons = addHomeSupplies(problem, flow, sink);
            int firstHomeToCentreArc = flow.getNumArcs();
            for (int l = 0; l < locations; l++) {
                for (int c = 0; c < centres; c++) {
                    flow.addArcWithCapacityAndUnitCost(
                            l,
                            locations + c,
                            locationPersons[l],
                            scaled(problem.weights.distance() * problem.kilometres[l][c]));
                }
            }
            addCentrePieces(problem, flow, locations, sink);
            flow.setNodeSupply(sink, -Arrays.stream(locationPersons).sum());
            boolean[][] used = new boolean[locations][centres];
            if (flow.solve() == MinCostFlowBase.Status.OPTIMAL) {
                for (int l = 0; l < locations; l++) {
                    for (int c = 0; c < centres; c++) {
                        used[l][c] = flow.getFlow(firstHomeToCentreArc + l * centres + c) > 0;
                    }
                }
            }
            return used;
        } finally {
            flow.delete();
        }
    }

    /**
     * Per home location and waiting cost, a node supplying its persons, who either flow to the home
     * location's node (numbered as the location) or straight to the sink at their waiting cost.
     * Answers the persons of each home location.
     */
    private static long[] addHomeSupplies(IndexedProblem problem, MinCostFlow flow, int sink) {
        TreeMap<Double, long[]>[] personsByWaitingCost = personsByWaitingCost(problem);
        long[] locationPersons = new long[problem.locationCount()];
        int node = sink + 1;
        for (int l = 0; l < locationPersons.length; l++) {
            for (var level : personsByWaitingCost[l].entrySet()) {
                long persons = level.getValue()[0];
                flow.setNodeSupply(node, persons);
                flow.addArcWithCapacityAndUnitCost(node, l, persons, 0);
                flow.addArcWithCapacityAndUnitCost(node, sink, persons, scaled(level.getKey()));
                locationPersons[l] += persons;
                node++;
            }
        }
        return locationPersons;
    }

    private static void addCentrePieces(IndexedProblem problem, MinCostFlow flow, int centreBase, int sink) {
        for (int c = 0; c < problem.centreCount; c++) {
            if (!problem.centre(c).open()) {
                continue;
            }
            FullnessCurve curve = problem.fullness[c];
            for (int piece = 0; piece < curve.pieces(); piece++) {
                long persons = (long) Math.floor(curve.pieceLength(piece));
                if (persons > 0) {
                    flow.addArcWithCapacityAndUnitCost(
                            centreBase + c, sink, persons, scaled(curve.pieceCostPerPerson(piece)));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static TreeMap<Double, long[]>[] personsByWaitingCost(IndexedProblem problem) {
        TreeMap<Double, long[]>[] levels = new TreeMap[problem.locationCount()];
        for (int l = 0; l < levels.length; l++) {
            levels[l] = new TreeMap<>();
        }
        for (int h = 0; h < problem.householdCount; h++) {
            levels[problem.location[h]].computeIfAbsent(problem.waitingCostPerPerson[h], x -> new long[1])[0] +=
                    problem.size[h];
        }
        return levels;
    }

    private static long scaled(double cost) {
        return Math.round(cost * COST_SCALE);
    }
}
