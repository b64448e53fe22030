package org.homeward.allocation.engine;

/**
 * Local improvement for keeping communities together: a household placed away from its community's
 * main centre moves there if there is room, or swaps with a household of the same size and need of
 * that centre, whenever the whole cost (distance, fullness, community) goes down. Swaps between
 * alike households never change any centre's room or fullness, so hard constraints stay met by
 * construction and only distance and the community term need weighing.
 */
final class CommunitySwaps {

    private static final int MAX_PASSES = 6;
    private static final int CANDIDATES_PER_HOUSEHOLD = 64;
    private static final double IMPROVEMENT = 1e-6;

    private final IndexedProblem problem;
    private final Occupancy occupancy;
    private final PlacedBuckets buckets;
    private final double away;

    private CommunitySwaps(IndexedProblem problem, Occupancy occupancy) {
        this.problem = problem;
        this.occupancy = occupancy;
        this.buckets = new PlacedBuckets(problem, occupancy);
        this.away = problem.weights.awayFromCommunity();
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
        if (!occupancy.fits(household, to)) {
            return false;
        }
        occupancy.remove(household);
        double stay = PlanCost.ofPlacing(problem, occupancy, household, from);
        double move = PlanCost.ofPlacing(problem, occupancy, household, to);
        if (move < stay - IMPROVEMENT) {
            occupancy.place(household, to);
            int size = problem.size[household];
            boolean accessible = problem.accessible[household];
            buckets.move(household, buckets.bucket(from, size, accessible), buckets.bucket(to, size, accessible));
            return true;
        }
        occupancy.place(household, from);
        return false;
    }

    private boolean swapIfCheaper(int household, int from, int to) {
        int size = problem.size[household];
        int bucket = buckets.bucket(to, size, problem.accessible[household]);
        int candidates = Math.min(CANDIDATES_PER_HOUSEHOLD, buckets.count(bucket));
        int best = -1;
        double bestChange = -IMPROVEMENT;
        for (int i = 0; i < candidates; i++) {
            int other = buckets.member(bucket, i);
            if (problem.community[other] == problem.community[household]) {
                continue;
            }
            double distanceChange = problem.distanceCost(household, to)
                    + problem.distanceCost(other, from)
                    - problem.distanceCost(household, from)
                    - problem.distanceCost(other, to);
            // The household joins its main centre (its community gains `size` persons there); the other
            // household's community can at worst lose `size` persons from its main centre.
            if (distanceChange - 2 * away * size >= bestChange) {
                continue;
            }
            double change = distanceChange + away * (-size + extraAwayOfOther(other, to, from, size));
            if (change < bestChange) {
                bestChange = change;
                best = other;
            }
        }
        if (best < 0) {
            return false;
        }
        swap(household, from, best, to);
        return true;
    }

    /** How many more persons of the other household's community are away once it moves between centres. */
    private int extraAwayOfOther(int other, int leaving, int joining, int persons) {
        int community = problem.community[other];
        int mostBefore = occupancy.communityPersons(community, occupancy.mainCentre(community));
        int mostAfter = 0;
        for (int c = 0; c < problem.centreCount; c++) {
            int personsThere = occupancy.communityPersons(community, c)
                    + (c == joining ? persons : 0)
                    - (c == leaving ? persons : 0);
            mostAfter = Math.max(mostAfter, personsThere);
        }
        return mostBefore - mostAfter;
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
