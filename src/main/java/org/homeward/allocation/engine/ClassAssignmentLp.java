package org.homeward.allocation.engine;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;

/**
 * The linear relaxation of the allocation over household classes, solved with OR-Tools GLOP.
 *
 * <p>Variables: households of class k placed in centre c (one arc per pair); households of each
 * waiting-cost segment of a class that are left waiting; persons in each tenth of a centre's fullness
 * curve. Rows per class: households placed plus households left waiting equal the class's households.
 * Rows per centre: persons placed equal persons in the fullness pieces (which are bounded by the
 * free persons), households placed at most the free family units, accessible-needing households
 * at most the free accessible units. The objective is the whole plan's cost without the community
 * term. Counting households left waiting, rather than placed, lets the simplex start where most
 * households end up: placed, their waiting variables at zero.
 *
 * <p>Only arcs to the nearest centres are created at first; after each solve the arcs of every
 * class to every centre are priced with the duals and those that would lower the cost are added,
 * until none would (column generation), so the optimum is that of the complete programme.
 */
final class ClassAssignmentLp implements AutoCloseable {

    private static final int INITIAL_ARCS_PER_CLASS = 4;
    private static final int ARCS_ADDED_PER_CLASS_AND_ROUND = 10;
    /**
     * The first solve starts from nothing, where dual simplex needs far fewer iterations; later solves
     * only gain columns, which keeps the last basis primal feasible, so primal simplex goes on from it.
     * GLOP's presolve only removes the singleton columns here and costs more than it saves.
     */
    private static final String FIRST_SOLVE = "use_dual_simplex:true use_preprocessing:false";

    private static final String LATER_SOLVES = "use_dual_simplex:false use_preprocessing:false";
    private static final int MAX_PRICING_ROUNDS = 60;
    private static final double PRICING_TOLERANCE = 1e-6;

    private final IndexedProblem problem;
    private final HouseholdClasses classes;
    private final ArcPricing pricing;
    private final MPSolver solver;
    private final MPConstraint[] classRows;
    private final MPConstraint[] personRows;
    private final MPConstraint[] unitRows;
    private final MPConstraint[] accessibleRows;
    private final MPConstraint[] communityRows;
    private final MPVariable[] awayPersons;
    private final boolean[][] arcExists;
    private int arcCount;
    private int[] arcClass = new int[1024];
    private int[] arcCentre = new int[1024];
    private MPVariable[] arcVariable = new MPVariable[1024];
    private ArcCosts costs;

    ClassAssignmentLp(IndexedProblem problem, HouseholdClasses classes, ArcCosts costs) {
        this.problem = problem;
        this.classes = classes;
        this.costs = costs;
        this.pricing = new ArcPricing(problem, classes);
        solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools GLOP is not available on this platform");
        }
        solver.objective().setMinimization();
        solver.setSolverSpecificParametersAsString(FIRST_SOLVE);
        classRows = new MPConstraint[classes.count];
        personRows = new MPConstraint[problem.centreCount];
        unitRows = new MPConstraint[problem.centreCount];
        accessibleRows = new MPConstraint[problem.centreCount];
        communityRows = new MPConstraint[problem.communityCodes.length];
        awayPersons = new MPVariable[problem.communityCodes.length];
        arcExists = new boolean[classes.count][problem.centreCount];
        addCentreRows();
        addClassRows();
        addCommunityRows();
        boolean[][] guide = PersonsFlowGuide.usedArcs(problem);
        for (int k = 0; k < classes.count; k++) {
            for (int centre : pricing.nearestFittingCentres(k, INITIAL_ARCS_PER_CLASS)) {
                addArc(k, centre);
            }
            for (int centre = 0; centre < problem.centreCount; centre++) {
                if (guide[classes.location[k]][centre]
                        && !arcExists[k][centre]
                        && problem.couldEverFit(classes.size[k], classes.accessible[k], centre)) {
                    addArc(k, centre);
                }
            }
        }
    }

    /** Solves with the current costs, adding priced arcs until no arc can lower the cost. */
    LpSolution solve() {
        return solve(MAX_PRICING_ROUNDS);
    }

    /** Solves with the current costs over the arcs created so far: optimal for those arcs only. */
    LpSolution solveOverPresentArcs() {
        return solve(1);
    }

    private LpSolution solve(int maxRounds) {
        int rounds = 0;
        long iterations = 0;
        while (true) {
            MPSolver.ResultStatus status = solver.solve();
            iterations += solver.iterations();
            solver.setSolverSpecificParametersAsString(LATER_SOLVES);
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("The linear programme was not solved to optimality: " + status);
            }
            rounds++;
            LpDuals duals = readDuals();
            int added = 0;
            if (rounds < maxRounds) {
                for (long arc : pricing.improvingArcs(
                        costs, duals, arcExists, ARCS_ADDED_PER_CLASS_AND_ROUND, PRICING_TOLERANCE)) {
                    addArc((int) (arc / problem.centreCount), (int) (arc % problem.centreCount));
                    added++;
                }
            }
            if (added == 0) {
                return new LpSolution(
                        solver.objective().value(),
                        Arrays.copyOf(arcClass, arcCount),
                        Arrays.copyOf(arcCentre, arcCount),
                        arcValues(),
                        duals,
                        rounds,
                        solver.numVariables(),
                        iterations);
            }
        }
    }

    /** Replaces the costs of all arcs, present and future; the next solve starts from the last basis. */
    void changeCosts(ArcCosts newCosts) {
        this.costs = newCosts;
        MPObjective objective = solver.objective();
        for (int a = 0; a < arcCount; a++) {
            objective.setCoefficient(arcVariable[a], newCosts.cost(arcClass[a], arcCentre[a]));
        }
    }

    private void addCentreRows() {
        MPObjective objective = solver.objective();
        for (int c = 0; c < problem.centreCount; c++) {
            CentreVacancy centre = problem.centre(c);
            personRows[c] = solver.makeConstraint(0, 0, "");
            unitRows[c] = solver.makeConstraint(-MPSolver.infinity(), centre.freeFamilyUnits(), "");
            accessibleRows[c] = solver.makeConstraint(-MPSolver.infinity(), centre.freeAccessibleUnits(), "");
            FullnessCurve curve = problem.fullness[c];
            for (int piece = 0; piece < curve.pieces(); piece++) {
                if (curve.pieceLength(piece) > 0) {
                    MPVariable persons = solver.makeNumVar(0, curve.pieceLength(piece), "");
                    personRows[c].setCoefficient(persons, -1);
                    objective.setCoefficient(persons, curve.pieceCostPerPerson(piece));
                }
            }
        }
    }

    private void addClassRows() {
        MPObjective objective = solver.objective();
        for (int k = 0; k < classes.count; k++) {
            classRows[k] = solver.makeConstraint(classes.households(k), classes.households(k), "");
            for (int segment = 0; segment < classes.segmentSizes[k].length; segment++) {
                MPVariable waiting = solver.makeNumVar(0, classes.segmentSizes[k][segment], "");
                classRows[k].setCoefficient(waiting, 1);
                objective.setCoefficient(waiting, classes.segmentWaitingCosts[k][segment]);
            }
        }
    }

    /**
     * However they are spread, a community's persons away from its main centre are at least those
     * placed beyond what the largest centre can hold: a convex under-estimate of the community term
     * that keeps the programme a relaxation while making the bound see large communities split.
     */
    private void addCommunityRows() {
        long[] communityPersons = problem.communityPersons();
        long[] mostInOneCentre = problem.communityMostInOneCentre();
        for (int m = 0; m < communityRows.length; m++) {
            communityRows[m] = solver.makeConstraint(-MPSolver.infinity(), mostInOneCentre[m], "");
            awayPersons[m] = solver.makeNumVar(0, communityPersons[m], "");
            communityRows[m].setCoefficient(awayPersons[m], -1);
            solver.objective().setCoefficient(awayPersons[m], problem.weights.awayFromCommunity());
        }
    }

    /** Makes the community rows inert, for when the arc costs carry the community term themselves. */
    void dropCommunityUnderestimate() {
        for (MPVariable away : awayPersons) {
            solver.objective().setCoefficient(away, 0);
        }
    }

    private void addArc(int k, int centre) {
        if (arcCount == arcClass.length) {
            arcClass = Arrays.copyOf(arcClass, arcCount * 2);
            arcCentre = Arrays.copyOf(arcCentre, arcCount * 2);
            arcVariable = Arrays.copyOf(arcVariable, arcCount * 2);
        }
        MPVariable households = solver.makeNumVar(0, MPSolver.infinity(), "");
        classRows[k].setCoefficient(households, 1);
        personRows[centre].setCoefficient(households, classes.size[k]);
        unitRows[centre].setCoefficient(households, 1);
        if (classes.accessible[k]) {
            accessibleRows[centre].setCoefficient(households, 1);
        }
        communityRows[classes.community[k]].setCoefficient(households, classes.size[k]);
        solver.objective().setCoefficient(households, costs.cost(k, centre));
        arcExists[k][centre] = true;
        arcClass[arcCount] = k;
        arcCentre[arcCount] = centre;
        arcVariable[arcCount++] = households;
    }

    private LpDuals readDuals() {
        return new LpDuals(
                duals(classRows), duals(personRows), duals(unitRows), duals(accessibleRows), duals(communityRows));
    }

    private static double[] duals(MPConstraint[] rows) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i].dualValue();
        }
        return values;
    }

    private double[] arcValues() {
        double[] values = new double[arcCount];
        for (int a = 0; a < arcCount; a++) {
            values[a] = arcVariable[a].solutionValue();
        }
        return values;
    }

    @Override
    public void close() {
        solver.delete();
    }
}
