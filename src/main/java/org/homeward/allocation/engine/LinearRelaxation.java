package org.homeward.allocation.engine;

/**
 * Solves the linear programme twice: first as the relaxation of the true objective (its duals give
 * the lower bound), then, when the community term counts, with every class paying the community
 * term on all centres but its community's main centre in the first solution. That second solution
 * concentrates communities and is the one rounded; it starts from the first one's basis and keeps
 * its arcs (it only guides the rounding, so it needs no pricing: the bound comes from the first).
 */
final class LinearRelaxation {

    private LinearRelaxation() {}

    /**
     * The solution to round and the bound.
     *
     * @param toRound    the class flows to turn into whole households
     * @param lowerBound no whole-household allocation costs less
     * @param columns    columns of the programme at the end
     * @param rounds     solves, pricing rounds included
     */
    record Result(LpSolution toRound, double lowerBound, int columns, int rounds) {}

    static Result solve(IndexedProblem problem, HouseholdClasses classes, AllocationProgress progress) {
        ArcCosts distance = ArcCosts.distance(problem, classes);
        try (ClassAssignmentLp lp = new ClassAssignmentLp(problem, classes, distance)) {
            LpSolution relaxation = lp.solve();
            double lowerBound = LagrangianBound.of(problem, classes, distance, relaxation.duals());
            progress.stage(String.format(
                    "linear relaxation solved: %d columns, %d solves, %,d iterations",
                    relaxation.columns(), relaxation.pricingRounds(), relaxation.iterations()));
            if (problem.weights.awayFromCommunity() == 0) {
                return new Result(relaxation, lowerBound, relaxation.columns(), relaxation.pricingRounds());
            }
            lp.dropCommunityUnderestimate();
            lp.changeCosts(ArcCosts.distanceAndCommunity(problem, classes, mainCentres(problem, classes, relaxation)));
            LpSolution concentrated = lp.solveOverPresentArcs();
            progress.stage(String.format(
                    "communities concentrated: %d columns, %d solves",
                    concentrated.columns(), concentrated.pricingRounds()));
            return new Result(
                    concentrated,
                    lowerBound,
                    concentrated.columns(),
                    relaxation.pricingRounds() + concentrated.pricingRounds());
        }
    }

    /** Per community, the centre that receives most of its persons in the solution (0 if none). */
    static int[] mainCentres(IndexedProblem problem, HouseholdClasses classes, LpSolution solution) {
        double[][] persons = new double[problem.communityCodes.length][problem.centreCount];
        for (int a = 0; a < solution.arcValue().length; a++) {
            int k = solution.arcClass()[a];
            persons[classes.community[k]][solution.arcCentre()[a]] += solution.arcValue()[a] * classes.size[k];
        }
        int[] main = new int[persons.length];
        for (int m = 0; m < persons.length; m++) {
            for (int c = 1; c < problem.centreCount; c++) {
                if (persons[m][c] > persons[m][main[m]]) {
                    main[m] = c;
                }
            }
        }
        return main;
    }
}
