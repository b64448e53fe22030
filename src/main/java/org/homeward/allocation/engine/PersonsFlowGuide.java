package org.homeward.allocation.engine;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.TreeMap;

/**
 * Which centres each home location would send persons to if households could be split and family
 * units did not count: a min-cost flow of persons (OR-Tools) from home locations to centres, solved
 * in milliseconds. The linear programme starts from these arcs, so that pricing has little left to add.
 */
final class PersonsFlowGuide {

    /** Costs are whole numbers in the flow; hundredths keep the rounding far below one person-kilometre. */
    private static final double COST_SCALE = 100;

    private PersonsFlowGuide() {
    }

    /** Per home location and centre, whether the flow sends any persons there. */
    static boolean[][] usedArcs(IndexedProblem problem) {
        int locations = problem.locationCount();
        int centres = problem.centreCount;
        TreeMap<Double, long[]>[] personsByWaitingCost = personsByWaitingCost(problem);
        int hubBase = 0;
        int centreBase = locations;
        int sink = centreBase + centres;
        int firstSupplyNode = sink + 1;
        MinCostFlow flow = new MinCostFlow();
        try {
            long totalPersons = 0;
            long[] locationPersons = new long[locations];
            int node = firstSupplyNode;
            for (int l = 0; l < locations; l++) {
                for (var level : personsByWaitingCost[l].entrySet()) {
                    long persons = level.getValue()[0];
                    flow.setNodeSupply(node, persons);
                    flow.addArcWithCapacityAndUnitCost(node, hubBase + l, persons, 0);
                    flow.addArcWithCapacityAndUnitCost(node, sink, persons, scaled(level.getKey()));
                    locationPersons[l] += persons;
                    node++;
                }
                totalPersons += locationPersons[l];
            }
            int firstHubArc = flow.getNumArcs();
            for (int l = 0; l < locations; l++) {
                for (int c = 0; c < centres; c++) {
                    flow.addArcWithCapacityAndUnitCost(hubBase + l, centreBase + c, locationPersons[l],
                            scaled(problem.weights.distance() * problem.kilometres[l][c]));
                }
            }
            addCentrePieces(problem, flow, centreBase, sink);
            flow.setNodeSupply(sink, -totalPersons);
            if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
                return new boolean[locations][centres];
            }
            boolean[][] used = new boolean[locations][centres];
            for (int l = 0; l < locations; l++) {
                for (int c = 0; c < centres; c++) {
                    used[l][c] = flow.getFlow(firstHubArc + l * centres + c) > 0;
                }
            }
            return used;
        } finally {
            flow.delete();
        }
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
                    flow.addArcWithCapacityAndUnitCost(centreBase + c, sink, persons,
                            scaled(curve.pieceCostPerPerson(piece)));
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
            levels[problem.location[h]].computeIfAbsent(problem.waitingCostPerPerson[h], x -> new long[1])[0]
                    += problem.size[h];
        }
        return levels;
    }

    private static long scaled(double cost) {
        return Math.round(cost * COST_SCALE);
    }
}
