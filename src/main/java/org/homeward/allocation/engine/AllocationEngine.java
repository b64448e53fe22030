package org.homeward.allocation.engine;

import com.google.ortools.Loader;
import java.util.List;
import java.util.Map;

/**
 * Proposes reception centres for waiting households: for a whole batch (a planned arrival day, a
 * plan of up to hundreds of thousands of households) or for one household at the registration desk.
 *
 * <p>A batch is solved as a linear programme over classes of alike households (OR-Tools GLOP with
 * column generation), rounded to whole households, repaired and improved locally; a lower bound
 * computed independently of the solver tells how far from the best possible the proposal can be.
 * Hard constraints (free persons, family units, accessible units, closed centres, households never
 * split) hold by construction. The model is described in docs/allocation.md.
 */
public final class AllocationEngine {

    /** A plan this close to the lower bound is optimal up to rounding; polishing it cannot pay. */
    private static final double PROVEN_OPTIMAL = 1e-9;

    public AllocationEngine() {
        Loader.loadNativeLibraries();
    }

    /** Proposes a centre, or waiting, for every household of the problem. */
    public AllocationPlan allocate(AllocationProblem problem) {
        return allocate(problem, AllocationProgress.SILENT);
    }

    /** Proposes a centre, or waiting, for every household of the problem, telling progress. */
    public AllocationPlan allocate(AllocationProblem problem, AllocationProgress progress) {
        long started = System.nanoTime();
        IndexedProblem indexed = new IndexedProblem(problem);
        HouseholdClasses classes = new HouseholdClasses(indexed);
        progress.stage(String.format(
                "%,d households in %,d classes, %,d centres",
                indexed.householdCount, classes.count, indexed.centreCount));
        LinearRelaxation.Result relaxation = LinearRelaxation.solve(indexed, classes, progress);
        double personsUpperBound = PeopleBound.of(indexed);
        Improved improved = roundAndImprove(indexed, classes, relaxation, progress);
        Occupancy occupancy = improved.occupancy();
        CostBreakdown cost = PlanCost.of(indexed, occupancy.assignment());
        List<Proposal> proposals = new ProposalExplainer(indexed, occupancy).explainAll();
        PlanSummary summary = summarise(
                indexed, occupancy, personsUpperBound, classes.count, relaxation, improved.changes(), started);
        return new AllocationPlan(proposals, cost, relaxation.lowerBound(), summary);
    }

    /** A whole-household allocation and how many changes improved it after rounding. */
    private record Improved(Occupancy occupancy, int changes) {}

    private static Improved roundAndImprove(
            IndexedProblem indexed,
            HouseholdClasses classes,
            LinearRelaxation.Result relaxation,
            AllocationProgress progress) {
        Occupancy occupancy = LpRounding.round(indexed, classes, relaxation.toRound());
        int leftovers = LeftoverPlacement.placeWaiting(indexed, occupancy);
        int exchanges = GapFilling.improve(indexed, occupancy);
        int swaps = CommunitySwaps.improve(indexed, occupancy);
        leftovers += LeftoverPlacement.placeWaiting(indexed, occupancy);
        int changes = leftovers + exchanges + swaps;
        progress.stage(String.format(
                "rounded to whole households: %,d leftovers placed, %,d exchanges, " + "%,d community moves and swaps",
                leftovers, exchanges, swaps));
        double cost = PlanCost.of(indexed, occupancy.assignment()).total();
        if (cost - relaxation.lowerBound() <= PROVEN_OPTIMAL * Math.abs(relaxation.lowerBound())) {
            return new Improved(occupancy, changes);
        }
        Occupancy polished = ExactPolish.polish(indexed, occupancy);
        if (polished != occupancy) {
            // a time-bounded search may leave room a waiting household could take at a gain
            changes += 1 + LeftoverPlacement.placeWaiting(indexed, polished);
            progress.stage("polished with CP-SAT");
        }
        return new Improved(polished, changes);
    }

    /**
     * Ranks the centres for one household at the registration desk, cheapest first, each with its
     * cost breakdown and the room it would leave; centres that cannot take it are listed with why.
     *
     * @param communityPersonsByCentre persons of the household's home community staying in each
     *                                 centre now, by centre id (missing ids count as none)
     */
    public DeskRanking rankCentres(
            WaitingHousehold household,
            List<CentreVacancy> centres,
            Map<String, Integer> communityPersonsByCentre,
            AllocationWeights weights) {
        return new DeskRanker(weights).rank(household, centres, communityPersonsByCentre);
    }

    private static PlanSummary summarise(
            IndexedProblem problem,
            Occupancy occupancy,
            double personsUpperBound,
            int classCount,
            LinearRelaxation.Result relaxation,
            int changes,
            long started) {
        int householdsPlaced = 0;
        long personsPlaced = 0;
        long personsTotal = 0;
        for (int h = 0; h < problem.householdCount; h++) {
            personsTotal += problem.size[h];
            if (occupancy.isPlaced(h)) {
                householdsPlaced++;
                personsPlaced += problem.size[h];
            }
        }
        long openPlaces = problem.problem.centres().stream()
                .filter(CentreVacancy::open)
                .mapToLong(CentreVacancy::freePersons)
                .sum();
        double unavoidableWaiting = problem.weights.leftWaiting() * Math.max(0, personsTotal - personsUpperBound);
        return new PlanSummary(
                householdsPlaced,
                problem.householdCount - householdsPlaced,
                personsPlaced,
                personsTotal - personsPlaced,
                openPlaces,
                personsUpperBound,
                unavoidableWaiting,
                classCount,
                relaxation.columns(),
                relaxation.rounds(),
                changes,
                (System.nanoTime() - started) / 1_000_000);
    }
}
