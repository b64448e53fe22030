package org.homeward.allocation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Local improvement for placing more persons. Rounding the linear programme down can leave a centre
 * with a few persons of room that no waiting household fits into, while a waiting household slightly
 * larger than one or two placed ones would: those give up their units to it and go to the cheapest
 * centre with room for them, or wait. A change is kept only when the whole cost goes down.
 */
final class GapFilling {

    private static final int CANDIDATES_PER_SIZE = 8;
    private static final double IMPROVEMENT = 1e-6;

    private final IndexedProblem problem;
    private final Occupancy occupancy;
    private final PlacedBuckets buckets;
    /** Waiting households by size, most urgent first; entries placed since are skipped when read. */
    private final List<List<Integer>> waitingBySize = new ArrayList<>();

    private GapFilling(IndexedProblem problem, Occupancy occupancy) {
        this.problem = problem;
        this.occupancy = occupancy;
        this.buckets = new PlacedBuckets(problem, occupancy);
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
        int exchanges = 0;
        for (int c = 0; c < problem.centreCount; c++) {
            while (occupancy.personsLeft(c) > 0 && filling.fillOnce(c)) {
                exchanges++;
            }
        }
        return exchanges;
    }

    /** Tries the exchanges that add most persons first; answers whether one was made. */
    private boolean fillOnce(int centre) {
        int room = occupancy.personsLeft(centre);
        for (int waitingSize = problem.largestHousehold; waitingSize >= 2; waitingSize--) {
            int fewestGivingUp = Math.max(1, waitingSize - room);
            for (int givingUp = waitingSize - 1; givingUp >= fewestGivingUp; givingUp--) {
                if (tryWaiting(centre, waitingSize, givingUp)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tries the most urgent waiting households of a size against placed ones of {@code givingUp} persons. */
    private boolean tryWaiting(int centre, int waitingSize, int givingUp) {
        int tried = 0;
        for (int waiting : waitingBySize.get(waitingSize)) {
            if (occupancy.isPlaced(waiting)) {
                continue;
            }
            if (tried++ == CANDIDATES_PER_SIZE) {
                return false;
            }
            if (exchangeWithOne(waiting, centre, givingUp) || exchangeWithTwo(waiting, centre, givingUp)) {
                return true;
            }
        }
        return false;
    }

    private boolean exchangeWithOne(int waiting, int centre, int persons) {
        for (boolean accessible : new boolean[] {false, true}) {
            int bucket = buckets.bucket(centre, persons, accessible);
            if (buckets.count(bucket) > 0 && exchange(waiting, centre, buckets.member(bucket, 0))) {
                return true;
            }
        }
        return false;
    }

    private boolean exchangeWithTwo(int waiting, int centre, int persons) {
        for (int first = 1; first <= persons / 2; first++) {
            int firstBucket = buckets.bucket(centre, first, false);
            int secondBucket = buckets.bucket(centre, persons - first, false);
            int needed = firstBucket == secondBucket ? 2 : 1;
            if (buckets.count(firstBucket) >= 1
                    && buckets.count(secondBucket) >= needed
                    && exchange(
                            waiting,
                            centre,
                            buckets.member(firstBucket, 0),
                            buckets.member(secondBucket, needed - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the given placed households of the centre by the waiting one if that lowers the cost. */
    private boolean exchange(int waiting, int centre, int... givingUp) {
        double saved = 0;
        for (int household : givingUp) {
            occupancy.remove(household);
            saved += PlanCost.ofPlacing(problem, occupancy, household, centre);
        }
        if (!occupancy.fits(waiting, centre)) {
            restore(centre, givingUp);
            return false;
        }
        double change = PlanCost.ofPlacing(problem, occupancy, waiting, centre) - problem.waitingCost(waiting) - saved;
        occupancy.place(waiting, centre);
        int[] newCentres = new int[givingUp.length];
        for (int i = 0; i < givingUp.length; i++) {
            newCentres[i] = LeftoverPlacement.cheapestFittingCentre(problem, occupancy, givingUp[i]);
            double placedAgain = newCentres[i] == Occupancy.WAITING
                    ? Double.POSITIVE_INFINITY
                    : PlanCost.ofPlacing(problem, occupancy, givingUp[i], newCentres[i]);
            if (placedAgain < problem.waitingCost(givingUp[i])) {
                occupancy.place(givingUp[i], newCentres[i]);
                change += placedAgain;
            } else {
                newCentres[i] = Occupancy.WAITING;
                change += problem.waitingCost(givingUp[i]);
            }
        }
        if (change < -IMPROVEMENT) {
            recordExchange(waiting, centre, givingUp);
            return true;
        }
        for (int household : givingUp) {
            if (occupancy.isPlaced(household)) {
                occupancy.remove(household);
            }
        }
        occupancy.remove(waiting);
        restore(centre, givingUp);
        return false;
    }

    private void restore(int centre, int[] households) {
        for (int household : households) {
            occupancy.place(household, centre);
        }
    }

    private void recordExchange(int waiting, int centre, int[] givingUp) {
        buckets.add(buckets.bucket(centre, problem.size[waiting], problem.accessible[waiting]), waiting);
        for (int household : givingUp) {
            buckets.remove(buckets.bucket(centre, problem.size[household], problem.accessible[household]), household);
            if (occupancy.isPlaced(household)) {
                buckets.add(
                        buckets.bucket(
                                occupancy.centreOf(household), problem.size[household], problem.accessible[household]),
                        household);
            } else {
                waitingBySize.get(problem.size[household]).add(household);
            }
        }
    }
}
