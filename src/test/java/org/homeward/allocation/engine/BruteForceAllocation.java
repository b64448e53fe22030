package org.homeward.allocation.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The exact optimum of a tiny problem, by trying every allocation (waiting or any centre, per household). */
final class BruteForceAllocation {

    private BruteForceAllocation() {}

    record Optimum(double cost, Map<String, String> centreByHousehold, long personsPlaced) {}

    static Optimum solve(AllocationProblem problem) {
        List<WaitingHousehold> households = problem.households();
        int options = problem.centres().size() + 1;
        long combinations = (long) Math.pow(options, households.size());
        if (combinations > 5_000_000) {
            throw new IllegalArgumentException("too many allocations to try: " + combinations);
        }
        Optimum best = null;
        int[] choice = new int[households.size()];
        for (long code = 0; code < combinations; code++) {
            long rest = code;
            for (int h = 0; h < households.size(); h++) {
                choice[h] = (int) (rest % options);
                rest /= options;
            }
            Map<String, String> allocation = new HashMap<>();
            long persons = 0;
            for (int h = 0; h < households.size(); h++) {
                String centre = choice[h] == 0
                        ? ""
                        : problem.centres().get(choice[h] - 1).id();
                allocation.put(households.get(h).id(), centre);
                persons += choice[h] == 0 ? 0 : households.get(h).size();
            }
            if (!feasible(problem, allocation)) {
                continue;
            }
            double cost = AllocationChecker.cost(problem, allocation);
            if (best == null || cost < best.cost() - 1e-9) {
                best = new Optimum(cost, allocation, persons);
            }
        }
        return best;
    }

    /** The most persons any feasible allocation places. */
    static long mostPersons(AllocationProblem problem) {
        AllocationWeights peopleOnly = new AllocationWeights(1, 0, 0, 0, 0, 0, 0);
        AllocationProblem counting = new AllocationProblem(problem.households(), problem.centres(), peopleOnly);
        return solve(counting).personsPlaced();
    }

    private static boolean feasible(AllocationProblem problem, Map<String, String> allocation) {
        Map<String, int[]> used = new HashMap<>();
        for (WaitingHousehold household : problem.households()) {
            String centre = allocation.get(household.id());
            if (!centre.isEmpty()) {
                int[] usage = used.computeIfAbsent(centre, id -> new int[3]);
                usage[0] += household.size();
                usage[1]++;
                usage[2] += household.accessibleNeeded() ? 1 : 0;
            }
        }
        for (CentreVacancy centre : problem.centres()) {
            int[] usage = used.getOrDefault(centre.id(), new int[3]);
            if (usage[1] > 0 && !centre.open()
                    || usage[0] > centre.freePersons()
                    || usage[1] > centre.freeFamilyUnits()
                    || usage[2] > centre.freeAccessibleUnits()) {
                return false;
            }
        }
        return true;
    }
}
