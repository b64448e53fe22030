package org.homeward.allocation.engine;

/** The objective of a whole-household allocation, in total and for one more placement. */
final class PlanCost {

    private PlanCost() {}

    /** The cost of an allocation given as the centre of each household, {@link Occupancy#WAITING} if none. */
    static CostBreakdown of(IndexedProblem problem, int[] centreOf) {
        double distance = 0;
        double waiting = 0;
        double[] personsPlaced = new double[problem.centreCount];
        int[][] communityPersons = new int[problem.communityCodes.length][problem.centreCount];
        for (int h = 0; h < problem.householdCount; h++) {
            int centre = centreOf[h];
            if (centre == Occupancy.WAITING) {
                waiting += problem.waitingCost(h);
            } else {
                distance += problem.distanceCost(h, centre);
                personsPlaced[centre] += problem.size[h];
                communityPersons[problem.community[h]][centre] += problem.size[h];
            }
        }
        double fullness = 0;
        for (int c = 0; c < problem.centreCount; c++) {
            fullness += problem.fullness[c].cost(personsPlaced[c]);
        }
        double awayPersons = 0;
        for (int[] byCentre : communityPersons) {
            int placed = 0;
            int most = 0;
            for (int persons : byCentre) {
                placed += persons;
                most = Math.max(most, persons);
            }
            awayPersons += placed - most;
        }
        return new CostBreakdown(distance, fullness, awayPersons * problem.weights.awayFromCommunity(), waiting);
    }

    /** What placing a waiting household in a centre adds to the cost, apart from no longer waiting. */
    static double ofPlacing(IndexedProblem problem, Occupancy occupancy, int household, int centre) {
        int persons = problem.size[household];
        return problem.distanceCost(household, centre)
                + problem.fullness[centre].extraCost(occupancy.personsPlaced(centre), persons)
                + problem.weights.awayFromCommunity()
                        * extraAwayPersons(occupancy, problem.community[household], centre, persons);
    }

    /** Persons away from their community's main centre after adding some at a centre, minus before. */
    static int extraAwayPersons(Occupancy occupancy, int community, int centre, int persons) {
        int main = occupancy.mainCentre(community);
        if (main == Occupancy.WAITING) {
            return 0;
        }
        int most = occupancy.communityPersons(community, main);
        int mostAfter = Math.max(most, occupancy.communityPersons(community, centre) + persons);
        return persons - (mostAfter - most);
    }
}
