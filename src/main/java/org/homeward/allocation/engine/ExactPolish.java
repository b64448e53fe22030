package org.homeward.allocation.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * For problems of modest size, solves the whole-household model itself with OR-Tools CP-SAT,
 * starting from the rounded plan: rearrangements across several centres that local moves cannot
 * find. Costs enter CP-SAT as whole thousandths; the result is kept only if its true cost is lower.
 * The search is bounded by deterministic time, so the same problem gives the same plan.
 */
final class ExactPolish {

    /** Household-centre pairs up to which the polish runs; a planned arrival day fits, a whole plan does not. */
    static final int MAX_PAIRS = 20_000;

    private static final double SCALE = 1000;
    /** CP-SAT's own measure of work, so that the same problem gives the same plan whatever the load. */
    private static final double DETERMINISTIC_SECONDS = 1;

    private final IndexedProblem problem;
    private final CpModel model = new CpModel();
    private final BoolVar[][] placedIn;

    private ExactPolish(IndexedProblem problem) {
        this.problem = problem;
        placedIn = new BoolVar[problem.householdCount][problem.centreCount];
    }

    /** Answers the better of the occupancy and the polished plan; the occupancy itself is not changed. */
    static Occupancy polish(IndexedProblem problem, Occupancy occupancy) {
        if (pairs(problem) > MAX_PAIRS || problem.householdCount == 0) {
            return occupancy;
        }
        ExactPolish polish = new ExactPolish(problem);
        polish.buildModel(occupancy);
        Occupancy polished = polish.solve();
        if (polished == null) {
            return occupancy;
        }
        double before = PlanCost.of(problem, occupancy.assignment()).total();
        double after = PlanCost.of(problem, polished.assignment()).total();
        return after < before - 1e-6 ? polished : occupancy;
    }

    private static long pairs(IndexedProblem problem) {
        long pairs = 0;
        for (int h = 0; h < problem.householdCount; h++) {
            for (int c = 0; c < problem.centreCount; c++) {
                if (problem.couldEverFit(h, c)) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private void buildModel(Occupancy start) {
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int h = 0; h < problem.householdCount; h++) {
            LinearExprBuilder centresOfHousehold = LinearExpr.newBuilder();
            objective.add(scaled(problem.waitingCost(h)));
            for (int c = 0; c < problem.centreCount; c++) {
                if (problem.couldEverFit(h, c)) {
                    placedIn[h][c] = model.newBoolVar("");
                    centresOfHousehold.add(placedIn[h][c]);
                    objective.addTerm(
                            placedIn[h][c], scaled(problem.distanceCost(h, c)) - scaled(problem.waitingCost(h)));
                    model.addHint(placedIn[h][c], start.centreOf(h) == c);
                }
            }
            model.addLessOrEqual(centresOfHousehold, 1);
        }
        for (int c = 0; c < problem.centreCount; c++) {
            addCentre(c, objective);
        }
        for (int m = 0; m < problem.communityCodes.length; m++) {
            addCommunity(m, objective);
        }
        model.minimize(objective);
    }

    private void addCentre(int c, LinearExprBuilder objective) {
        CentreVacancy centre = problem.centre(c);
        LinearExprBuilder persons = LinearExpr.newBuilder();
        LinearExprBuilder units = LinearExpr.newBuilder();
        LinearExprBuilder accessibleUnits = LinearExpr.newBuilder();
        for (int h = 0; h < problem.householdCount; h++) {
            if (placedIn[h][c] != null) {
                persons.addTerm(placedIn[h][c], problem.size[h]);
                units.add(placedIn[h][c]);
                if (problem.accessible[h]) {
                    accessibleUnits.add(placedIn[h][c]);
                }
            }
        }
        IntVar personsPlaced = model.newIntVar(0, centre.freePersons(), "");
        model.addEquality(persons, personsPlaced);
        model.addLessOrEqual(units, centre.freeFamilyUnits());
        model.addLessOrEqual(accessibleUnits, centre.freeAccessibleUnits());
        IntVar fullness = model.newIntVar(0, scaled(problem.fullness[c].cost(centre.freePersons())) + 1, "");
        for (long[] line : fullnessLines(problem.fullness[c], centre.freePersons())) {
            model.addLessOrEqual(
                    LinearExpr.newBuilder().addTerm(personsPlaced, line[0]).add(line[1]), fullness);
        }
        objective.add(fullness);
    }

    /**
     * The fullness cost is convex in the persons placed, so at whole persons it is the largest of the
     * lines through consecutive whole numbers; only lines whose slope differs are kept.
     */
    private static List<long[]> fullnessLines(FullnessCurve curve, int freePersons) {
        Set<List<Long>> lines = new LinkedHashSet<>();
        for (int persons = 0; persons < freePersons; persons++) {
            double slope = curve.cost(persons + 1) - curve.cost(persons);
            double intercept = curve.cost(persons) - slope * persons;
            lines.add(List.of(Math.round(slope * SCALE), (long) Math.floor(intercept * SCALE)));
        }
        List<long[]> result = new ArrayList<>();
        for (List<Long> line : lines) {
            result.add(new long[] {line.get(0), line.get(1)});
        }
        return result;
    }

    /** Persons away from the community's main centre = persons placed - the most in one centre. */
    private void addCommunity(int m, LinearExprBuilder objective) {
        List<IntVar> byCentre = new ArrayList<>();
        LinearExprBuilder placed = LinearExpr.newBuilder();
        for (int c = 0; c < problem.centreCount; c++) {
            LinearExprBuilder persons = LinearExpr.newBuilder();
            int most = 0;
            for (int h = 0; h < problem.householdCount; h++) {
                if (problem.community[h] == m && placedIn[h][c] != null) {
                    persons.addTerm(placedIn[h][c], problem.size[h]);
                    most += problem.size[h];
                }
            }
            IntVar inCentre = model.newIntVar(0, most, "");
            model.addEquality(persons, inCentre);
            byCentre.add(inCentre);
            placed.add(inCentre);
        }
        IntVar mostInOneCentre = model.newIntVar(0, Integer.MAX_VALUE, "");
        model.addMaxEquality(mostInOneCentre, byCentre);
        long weight = scaled(problem.weights.awayFromCommunity());
        objective.add(LinearExpr.newBuilder()
                .addWeightedSum(
                        byCentre.toArray(IntVar[]::new),
                        byCentre.stream().mapToLong(v -> weight).toArray())
                .addTerm(mostInOneCentre, -weight)
                .build());
    }

    private Occupancy solve() {
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(1).setMaxDeterministicTime(DETERMINISTIC_SECONDS);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null;
        }
        Occupancy polished = new Occupancy(problem);
        for (int h = 0; h < problem.householdCount; h++) {
            for (int c = 0; c < problem.centreCount; c++) {
                if (placedIn[h][c] != null && solver.booleanValue(placedIn[h][c])) {
                    polished.place(h, c);
                }
            }
        }
        return polished;
    }

    private static long scaled(double cost) {
        return Math.round(cost * SCALE);
    }
}
