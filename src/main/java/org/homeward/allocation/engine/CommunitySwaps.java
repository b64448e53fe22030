package org.homeward.allocation.engine;

/**
 * Local improvement for keeping communities together: a household placed away from its community's
 * main centre moves there if there is room, or swaps with a household of the same size and need of
 * that centre, whenever the whole cost (distance, fullness, community) goes down. Swaps between
 * alike households never change any centre's room, so hard constraints stay met by construction.
 */
final class CommunitySwaps {

    private static final int MAX_PASSES = 6;
    private static final int CANDIDATES_PER_HOUSEHOLD = 64;
    private static final double IMPROVEMENT = 1e-6;

    private final IndexedProblem problem;
    private final Occupancy occupancy;
    private final PlacedBuckets buckets;

    private CommunitySwaps(IndexedProblem problem, Occupancy occupancy) {
        this.problem = problem;
        this.occupancy = occupancy;
        this.buckets = new PlacedBuckets(problem, occupancy);
    }

    /** Improves the occupancy in place; answers the number of moves and swaps made. */
    static int improve(IndexedProblem problem, Occupancy occupancy) {
        if (problem.weights.awayFromCommunity() == 0) {
            return 0;
        }
        CommunitySwaps swaps = new CommunitySwaps(problem, occupancy);
        int changes = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int changesInPass = 0;
            for (int h = 0; h < problem.householdCount; h++) {
                if (swaps.improveHousehold(h)) {
                    changesInPass++;
                }
            }
            changes += changesInPass;
            if (changesInPass == 0) {
                break;
            }
        }
        return changes;
    }

    private boolean improveHousehold(int household) {
        int from = occupancy.centreOf(household);
        if (from == Occupancy.WAITING) {
            return false;
        }
        int main = occupancy.mainCentre(problem.community[household]);
        if (main == from || main == Occupancy.WAITING) {
            return false;
        }
        return moveIfCheaper(household, from, main) || swapIfCheaper(household, from, main);
    }

    private boolean moveIfCheaper(int household, int from, int to) {
        occupancy.remove(household);
        if (occupancy.fits(household, to)) {
            double stay = PlanCost.ofPlacing(problem, occupancy, household, from);
            double move = PlanCost.ofPlacing(problem, occupancy, household, to);
            if (move < stay - IMPROVEMENT) {
                occupancy.place(household, to);
                int size = problem.size[household];
                boolean accessible = problem.accessible[household];
                buckets.move(household, buckets.bucket(from, size, accessible), buckets.bucket(to, size, accessible));
                return true;
            }
        }
        occupancy.place(household, from);
        return false;
    }

    private boolean swapIfCheaper(int household, int from, int to) {
        int bucket = buckets.bucket(to, problem.size[household], problem.accessible[household]);
        int candidates = Math.min(CANDIDATES_PER_HOUSEHOLD, buckets.count(bucket));
        double before = localCost(household, from) ;
        int best = -1;
        double bestSaving = IMPROVEMENT;
        for (int i = 0; i < candidates; i++) {
            int other = buckets.member(bucket, i);
            if (problem.community[other] == problem.community[household]) {
                continue;
            }
            double saving = swapSaving(household, from, other, to, before);
            if (saving > bestSaving) {
                bestSaving = saving;
                best = other;
            }
        }
        if (best < 0) {
            return false;
        }
        swap(household, from, best, to);
        return true;
    }

    /** What swapping the two households saves, with the costs they cause where they are now. */
    private double swapSaving(int household, int from, int other, int to, double householdCostNow) {
        double now = householdCostNow + localCost(other, to);
        occupancy.remove(household);
        occupancy.remove(other);
        double after = PlanCost.ofPlacing(problem, occupancy, household, to);
        occupancy.place(household, to);
        after += PlanCost.ofPlacing(problem, occupancy, other, from);
        occupancy.remove(household);
        occupancy.place(household, from);
        occupancy.place(other, to);
        return now - after;
    }

    /** The cost the household adds where it is: what removing it would save. */
    private double localCost(int household, int centre) {
        occupancy.remove(household);
        double cost = PlanCost.ofPlacing(problem, occupancy, household, centre);
        occupancy.place(household, centre);
        return cost;
    }

    private void swap(int household, int from, int other, int to) {
        occupancy.remove(household);
        occupancy.remove(other);
        occupancy.place(household, to);
        occupancy.place(other, from);
        int size = problem.size[household];
        boolean accessible = problem.accessible[household];
        buckets.move(household, buckets.bucket(from, size, accessible), buckets.bucket(to, size, accessible));
        buckets.move(other, buckets.bucket(to, size, accessible), buckets.bucket(from, size, accessible));
    }
}
