package org.homeward.allocation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks centres for one household with the batch objective's terms: distance from home, how full
 * the centre already is (its persons staying now), and how many of the household's persons would
 * be away from the centre holding most of its community. Nothing needs solving: each centre is
 * priced on its own.
 */
final class DeskRanker {

    private final AllocationWeights weights;

    DeskRanker(AllocationWeights weights) {
        this.weights = weights;
    }

    DeskRanking rank(
            WaitingHousehold household, List<CentreVacancy> centres, Map<String, Integer> communityPersonsByCentre) {
        List<CentreVacancy> byDistance = centres.stream()
                .sorted(Comparator.comparingDouble(centre -> household.home().kilometresTo(centre.location())))
                .toList();
        int mostInOneCentre = communityPersonsByCentre.values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        List<CentreChoice> choices = new ArrayList<>();
        List<ExcludedCentre> excluded = new ArrayList<>();
        int rank = 0;
        for (CentreVacancy centre : byDistance) {
            double kilometres = household.home().kilometresTo(centre.location());
            if (centre.open()) {
                rank++;
            }
            Optional<ExcludedCentre.Reason> missing = missing(household, centre);
            if (missing.isPresent()) {
                excluded.add(new ExcludedCentre(centre.id(), kilometres, missing.get()));
            } else {
                choices.add(choice(
                        household,
                        centre,
                        kilometres,
                        rank,
                        mostInOneCentre,
                        communityPersonsByCentre.getOrDefault(centre.id(), 0)));
            }
        }
        choices.sort(Comparator.comparingDouble(choice -> choice.cost().total()));
        double waitingCost = household.size()
                * (weights.leftWaiting() + weights.priorityPerPerson(household.priority(), household.waitingDays()));
        return new DeskRanking(household, choices, excluded, waitingCost);
    }

    private CentreChoice choice(
            WaitingHousehold household,
            CentreVacancy centre,
            double kilometres,
            int rank,
            int mostInOneCentre,
            int communityPersonsNow) {
        int persons = household.size();
        double fullness = new FullnessCurve(centre, weights.fullness()).extraCost(0, persons);
        int communityPersonsAfter = communityPersonsNow + persons;
        int extraAway = persons - (Math.max(mostInOneCentre, communityPersonsAfter) - mostInOneCentre);
        CostBreakdown cost = new CostBreakdown(
                weights.distance() * persons * kilometres, fullness, weights.awayFromCommunity() * extraAway, 0);
        RoomLeft roomLeft = new RoomLeft(
                centre.freePersons() - persons,
                centre.freeFamilyUnits() - 1,
                centre.freeAccessibleUnits() - (household.accessibleNeeded() ? 1 : 0));
        return new CentreChoice(
                centre.id(),
                kilometres,
                rank,
                cost,
                roomLeft,
                household.accessibleNeeded(),
                communityPersonsAfter,
                communityPersonsAfter >= mostInOneCentre);
    }

    private static Optional<ExcludedCentre.Reason> missing(WaitingHousehold household, CentreVacancy centre) {
        if (!centre.open()) {
            return Optional.of(ExcludedCentre.Reason.CLOSED);
        }
        if (centre.freePersons() < household.size()) {
            return Optional.of(ExcludedCentre.Reason.TOO_FEW_FREE_PERSONS);
        }
        if (centre.freeFamilyUnits() < 1) {
            return Optional.of(ExcludedCentre.Reason.NO_FREE_FAMILY_UNIT);
        }
        if (household.accessibleNeeded() && centre.freeAccessibleUnits() < 1) {
            return Optional.of(ExcludedCentre.Reason.NO_FREE_ACCESSIBLE_UNIT);
        }
        return Optional.empty();
    }
}
