package org.homeward.allocation.engine;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The most persons any allocation can place, bounded from above by a small linear programme.
 *
 * <p>Where people come from does not matter to how many fit, so households are grouped by size and
 * need of an accessible unit only. GLOP maximises the persons placed under the centres' three limits;
 * its centre duals are then completed into a feasible dual solution, whose value is an upper bound by
 * weak duality whatever the solver's accuracy.
 */
final class PeopleBound {

    private PeopleBound() {}

    static double of(IndexedProblem problem) {
        Map<Integer, int[]> householdsBySizeAndNeed = new TreeMap<>();
        for (int h = 0; h < problem.householdCount; h++) {
            int key = problem.size[h] * 2 + (problem.accessible[h] ? 1 : 0);
            householdsBySizeAndNeed.computeIfAbsent(key, x -> new int[1])[0]++;
        }
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            MPConstraint[][] rows = centreRows(problem, solver);
            for (Map.Entry<Integer, int[]> group : householdsBySizeAndNeed.entrySet()) {
                int persons = group.getKey() / 2;
                boolean accessible = group.getKey() % 2 == 1;
                MPConstraint supply = solver.makeConstraint(0, group.getValue()[0], "");
                for (int c = 0; c < problem.centreCount; c++) {
                    if (problem.couldEverFit(persons, accessible, c)) {
                        MPVariable placed = solver.makeNumVar(0, MPSolver.infinity(), "");
                        supply.setCoefficient(placed, 1);
                        rows[0][c].setCoefficient(placed, persons);
                        rows[1][c].setCoefficient(placed, 1);
                        if (accessible) {
                            rows[2][c].setCoefficient(placed, 1);
                        }
                        solver.objective().setCoefficient(placed, persons);
                    }
                }
            }
            solver.objective().setMaximization();
            if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return totalPersons(problem);
            }
            return dualBound(problem, householdsBySizeAndNeed, rows);
        } finally {
            solver.delete();
        }
    }

    private static MPConstraint[][] centreRows(IndexedProblem problem, MPSolver solver) {
        MPConstraint[][] rows = new MPConstraint[3][problem.centreCount];
        for (int c = 0; c < problem.centreCount; c++) {
            CentreVacancy centre = problem.centre(c);
            rows[0][c] = solver.makeConstraint(0, centre.freePersons(), "");
            rows[1][c] = solver.makeConstraint(0, centre.freeFamilyUnits(), "");
            rows[2][c] = solver.makeConstraint(0, centre.freeAccessibleUnits(), "");
        }
        return rows;
    }

    /**
     * Centre prices u (persons), v (units), w (accessible units), all zero or more, and per group the
     * price t = the most any centre leaves of a household's persons unpaid; the dual is then feasible.
     */
    private static double dualBound(IndexedProblem problem, Map<Integer, int[]> groups, MPConstraint[][] rows) {
        double bound = 0;
        double[][] price = new double[3][problem.centreCount];
        for (int c = 0; c < problem.centreCount; c++) {
            CentreVacancy centre = problem.centre(c);
            for (int kind = 0; kind < 3; kind++) {
                price[kind][c] = Math.max(0, rows[kind][c].dualValue());
            }
            bound += price[0][c] * centre.freePersons()
                    + price[1][c] * centre.freeFamilyUnits()
                    + price[2][c] * centre.freeAccessibleUnits();
        }
        for (Map.Entry<Integer, int[]> group : groups.entrySet()) {
            int persons = group.getKey() / 2;
            boolean accessible = group.getKey() % 2 == 1;
            double unpaid = 0;
            for (int c = 0; c < problem.centreCount; c++) {
                if (problem.couldEverFit(persons, accessible, c)) {
                    double paid = persons * price[0][c] + price[1][c] + (accessible ? price[2][c] : 0);
                    unpaid = Math.max(unpaid, persons - paid);
                }
            }
            bound += unpaid * group.getValue()[0];
        }
        return bound;
    }

    private static double totalPersons(IndexedProblem problem) {
        double persons = 0;
        for (int h = 0; h < problem.householdCount; h++) {
            persons += problem.size[h];
        }
        return persons;
    }
}
