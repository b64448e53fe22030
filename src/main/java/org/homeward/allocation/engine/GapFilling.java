package org.homeward.allocation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Local improvement for placing more persons: when a centre has a few persons of room that no
 * waiting household fits into, a waiting household slightly larger than a placed one takes that
 * one's unit, and the displaced household goes to the cheapest centre with room for it, or waits.
 * A change is kept only when the whole cost goes down.
 */
final class GapFilling {

    private static final int CANDIDATES_PER_SIZE = 8;
    private static final double IMPROVEMENT = 1e-6;

    private final IndexedProblem problem;
    private final Occupancy occupancy;
    /** Waiting households by size, most urgent first (stale entries are skipped when read). */
    private final List<List<Integer>> waitingBySize = new ArrayList<>();

    private GapFilling(IndexedProblem problem, Occupancy occupancy) {
        this.problem = problem;
        this.occupancy = occupancy;
        for (int size = 0; size <= problem.largestHousehold; size++) {
            waitingBySize.add(new ArrayList<>());
        }
        for (int h = 0; h < problem.householdCount; h++) {
            if (!occupancy.isPlaced(h)) {
                waitingBySize.get(problem.size[h]).add(h);
            }
        }
        for (List<Integer> waiting : waitingBySize) {
            waiting.sort(Comparator.comparingDouble(h -> -problem.waitingCostPerPerson[h]));
        }
    }

    /** Improves the occupancy in place; answers the number of exchanges made. */
    static int improve(IndexedProblem problem, Occupancy occupancy) {
        GapFilling filling = new GapFilling(problem, occupancy);
        PlacedBuckets buckets = new PlacedBuckets(problem, occupancy);
        int exchanges = 0;
        for (int c = 0; c < problem.centreCount; c++) {
            while (occupancy.personsLeft(c) > 0 && filling.fillOnce(c, buckets)) {
                exchanges++;
            }
        }
        return exchanges;
    }

    /** Tries the exchanges that add most persons first; answers whether one was made. */
    private boolean fillOnce(int centre, PlacedBuckets buckets) {
        int room = occupancy.personsLeft(centre);
        for (int gained = Math.min(room, problem.largestHousehold - 1); gained >= 1; gained--) {
            for (int placedSize = 1; placedSize + gained <= problem.largestHousehold; placedSize++) {
                if (tryExchange(centre, placedSize, placedSize + gained, buckets)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean tryExchange(int centre, int placedSize, int waitingSize, PlacedBuckets buckets) {
        int tried = 0;
        for (int waiting : waitingBySize.get(waitingSize)) {
            if (occupancy.isPlaced(waiting)) {
                continue;
            }
            if (tried++ == CANDIDATES_PER_SIZE) {
                return false;
            }
            for (boolean accessible : new boolean[]{false, true}) {
                int bucket = buckets.bucket(centre, placedSize, accessible);
                if (buckets.count(bucket) > 0 && exchange(waiting, buckets.member(bucket, 0), centre, buckets)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean exchange(int waiting, int placed, int centre, PlacedBuckets buckets) {
        if (!exchangeIfCheaper(waiting, placed, centre)) {
            return false;
        }
        buckets.remove(buckets.bucket(centre, problem.size[placed], problem.accessible[placed]), placed);
        buckets.add(buckets.bucket(centre, problem.size[waiting], problem.accessible[waiting]), waiting);
        if (occupancy.isPlaced(placed)) {
            buckets.add(buckets.bucket(occupancy.centreOf(placed), problem.size[placed], problem.accessible[placed]),
                    placed);
        } else {
            waitingBySize.get(problem.size[placed]).add(placed);
        }
        return true;
    }

    private boolean exchangeIfCheaper(int waiting, int placed, int centre) {
        occupancy.remove(placed);
        if (!occupancy.fits(waiting, centre)) {
            occupancy.place(placed, centre);
            return false;
        }
        double before = PlanCost.ofPlacing(problem, occupancy, placed, centre) + problem.waitingCost(waiting);
        double after = PlanCost.ofPlacing(problem, occupancy, waiting, centre);
        occupancy.place(waiting, centre);
        int elsewhere = LeftoverPlacement.cheapestFittingCentre(problem, occupancy, placed);
        double displacedCost = elsewhere == Occupancy.WAITING ? problem.waitingCost(placed)
                : Math.min(problem.waitingCost(placed), PlanCost.ofPlacing(problem, occupancy, placed, elsewhere));
        if (after + displacedCost < before - IMPROVEMENT) {
            if (displacedCost < problem.waitingCost(placed)) {
                occupancy.place(placed, elsewhere);
            }
            return true;
        }
        occupancy.remove(waiting);
        occupancy.place(placed, centre);
        return false;
    }
}
