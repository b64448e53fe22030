package org.homeward.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.places.GeoPoint;

/**
 * Checks a plan against its problem without trusting the engine: every hard constraint, and the
 * objective recomputed from its definition in docs/allocation.md with code of its own.
 */
final class AllocationChecker {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private AllocationChecker() {}

    /** Asserts the hard constraints and that the plan's stated cost is its true cost. */
    static void assertValid(AllocationProblem problem, AllocationPlan plan) {
        assertThat(plan.proposals()).hasSameSizeAs(problem.households());
        Map<String, String> centreByHousehold = new HashMap<>();
        for (int i = 0; i < plan.proposals().size(); i++) {
            Proposal proposal = plan.proposals().get(i);
            assertThat(proposal.household()).isEqualTo(problem.households().get(i));
            assertThat(proposal.placement().isPresent())
                    .isNotEqualTo(proposal.waitingReason().isPresent());
            centreByHousehold.put(proposal.household().id(), proposal.centreIdOrEmpty());
        }
        assertFeasible(problem, centreByHousehold);
        double trueCost = cost(problem, centreByHousehold);
        assertThat(plan.cost().total()).isCloseTo(trueCost, within(trueCost));
        double sharesTotal =
                plan.proposals().stream().mapToDouble(p -> p.cost().total()).sum();
        assertThat(sharesTotal).isCloseTo(trueCost, within(trueCost));
        assertThat(plan.lowerBound()).isLessThanOrEqualTo(trueCost + 1e-6 * Math.abs(trueCost));
    }

    /** Asserts the hard constraints of an allocation given as household id to centre id ("" = waiting). */
    static void assertFeasible(AllocationProblem problem, Map<String, String> centreByHousehold) {
        Map<String, CentreVacancy> centres = new HashMap<>();
        problem.centres().forEach(centre -> centres.put(centre.id(), centre));
        Map<String, int[]> used = new HashMap<>();
        for (WaitingHousehold household : problem.households()) {
            String centreId = centreByHousehold.get(household.id());
            assertThat(centreId)
                    .as("household %s has exactly one proposal", household.id())
                    .isNotNull();
            if (centreId.isEmpty()) {
                continue;
            }
            CentreVacancy centre = centres.get(centreId);
            assertThat(centre).as("centre %s exists", centreId).isNotNull();
            assertThat(centre.open())
                    .as("household %s placed in closed centre %s", household.id(), centreId)
                    .isTrue();
            int[] usage = used.computeIfAbsent(centreId, id -> new int[3]);
            usage[0] += household.size();
            usage[1]++;
            usage[2] += household.accessibleNeeded() ? 1 : 0;
        }
        used.forEach((centreId, usage) -> {
            CentreVacancy centre = centres.get(centreId);
            assertThat(usage[0]).as("persons in %s", centreId).isLessThanOrEqualTo(centre.freePersons());
            assertThat(usage[1]).as("family units in %s", centreId).isLessThanOrEqualTo(centre.freeFamilyUnits());
            assertThat(usage[2])
                    .as("accessible units in %s", centreId)
                    .isLessThanOrEqualTo(centre.freeAccessibleUnits());
        });
    }

    /** The objective of docs/allocation.md for an allocation given as household id to centre id. */
    static double cost(AllocationProblem problem, Map<String, String> centreByHousehold) {
        AllocationWeights weights = problem.weights();
        Map<String, CentreVacancy> centres = new HashMap<>();
        problem.centres().forEach(centre -> centres.put(centre.id(), centre));
        Map<String, Integer> personsByCentre = new HashMap<>();
        Map<String, Map<String, Integer>> personsByCommunityAndCentre = new HashMap<>();
        double cost = 0;
        for (WaitingHousehold household : problem.households()) {
            String centreId = centreByHousehold.get(household.id());
            if (centreId.isEmpty()) {
                int months = Math.min(household.waitingDays() / 30, weights.waitingMonthsCap());
                cost += household.size()
                        * (weights.leftWaiting()
                                + weights.vulnerability() * household.priority()
                                + weights.waitingMonth() * months);
                continue;
            }
            cost += weights.distance()
                    * household.size()
                    * kilometres(household.home(), centres.get(centreId).location());
            personsByCentre.merge(centreId, household.size(), Integer::sum);
            personsByCommunityAndCentre
                    .computeIfAbsent(household.homePcode(), code -> new HashMap<>())
                    .merge(centreId, household.size(), Integer::sum);
        }
        for (Map.Entry<String, Integer> entry : personsByCentre.entrySet()) {
            cost += fullnessCost(centres.get(entry.getKey()), entry.getValue(), weights.fullness());
        }
        for (Map<String, Integer> byCentre : personsByCommunityAndCentre.values()) {
            int placed = byCentre.values().stream().mapToInt(Integer::intValue).sum();
            int most =
                    byCentre.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            cost += weights.awayFromCommunity() * (placed - most);
        }
        return cost;
    }

    /** Each person placed pays the weight times the centre's fill, rounded down to a tenth, as they come. */
    static double fullnessCost(CentreVacancy centre, double persons, double weight) {
        double total = centre.occupiedPersons() + centre.freePersons();
        double from = centre.occupiedPersons();
        double to = from + persons;
        double cost = 0;
        for (int tenth = 0; tenth < 10; tenth++) {
            double overlap = Math.min(to, total * (tenth + 1) / 10) - Math.max(from, total * tenth / 10);
            cost += Math.max(0, overlap) * weight * tenth / 10;
        }
        return cost;
    }

    static double kilometres(GeoPoint a, GeoPoint b) {
        double x = Math.toRadians(b.longitude() - a.longitude())
                * Math.cos(Math.toRadians(a.latitude() + b.latitude()) / 2);
        double y = Math.toRadians(b.latitude() - a.latitude());
        double equirectangular = Math.sqrt(x * x + y * y) * EARTH_RADIUS_KM;
        double cosine = Math.sin(Math.toRadians(a.latitude())) * Math.sin(Math.toRadians(b.latitude()))
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.cos(Math.toRadians(b.longitude() - a.longitude()));
        // The law of cosines loses precision below a kilometre, where the flat-earth formula is exact enough.
        return equirectangular < 1 ? equirectangular : Math.acos(Math.min(1, cosine)) * EARTH_RADIUS_KM;
    }

    static Map<String, String> centreByHousehold(AllocationPlan plan) {
        Map<String, String> map = new HashMap<>();
        plan.proposals().forEach(p -> map.put(p.household().id(), p.centreIdOrEmpty()));
        return map;
    }

    static long personsPlaced(AllocationPlan plan) {
        return plan.proposals().stream()
                .filter(p -> p.placement().isPresent())
                .mapToLong(p -> p.household().size())
                .sum();
    }

    static List<String> placedIds(AllocationPlan plan, String centreId) {
        return plan.proposals().stream()
                .filter(p -> p.centreIdOrEmpty().equals(centreId))
                .map(p -> p.household().id())
                .sorted()
                .toList();
    }

    private static org.assertj.core.data.Offset<Double> within(double scale) {
        return org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(scale)));
    }
}
