package org.homeward.allocation.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference the engine is measured against: the most urgent household first (priority, then
 * days waited), each into the nearest open centre that still has room for it, or waiting.
 */
final class NearestCentreFirstFit {

    private NearestCentreFirstFit() {}

    /** Household id to centre id, "" for a household left waiting. */
    static Map<String, String> allocate(AllocationProblem problem) {
        List<CentreVacancy> centres =
                problem.centres().stream().filter(CentreVacancy::open).toList();
        int[] persons = centres.stream().mapToInt(CentreVacancy::freePersons).toArray();
        int[] units = centres.stream().mapToInt(CentreVacancy::freeFamilyUnits).toArray();
        int[] accessible =
                centres.stream().mapToInt(CentreVacancy::freeAccessibleUnits).toArray();
        List<WaitingHousehold> mostUrgentFirst = problem.households().stream()
                .sorted(Comparator.comparingInt(WaitingHousehold::priority)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(WaitingHousehold::waitingDays)
                                .reversed()))
                .toList();
        Map<String, String> allocation = new HashMap<>();
        for (WaitingHousehold household : mostUrgentFirst) {
            int best = -1;
            double bestKilometres = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centres.size(); c++) {
                boolean fits = persons[c] >= household.size()
                        && units[c] >= 1
                        && (!household.accessibleNeeded() || accessible[c] >= 1);
                double kilometres = household.home().kilometresTo(centres.get(c).location());
                if (fits && kilometres < bestKilometres) {
                    best = c;
                    bestKilometres = kilometres;
                }
            }
            if (best >= 0) {
                persons[best] -= household.size();
                units[best]--;
                accessible[best] -= household.accessibleNeeded() ? 1 : 0;
            }
            allocation.put(household.id(), best < 0 ? "" : centres.get(best).id());
        }
        return allocation;
    }
}
