package org.homeward.movements.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes one week's movements: it fills the week's departures day by day, each from the front of its
 * country's queue of ready households, and says why each household left over did not fit.
 *
 * <p>The queue is fair rather than tight: earliest intention first, then earliest registration, then
 * reference. A departure takes, in queue order, every household that still fits — all of it in one
 * vehicle, an accessible seat for each member who needs one, within the week's share of the targets —
 * so a large family waits only while no vehicle has room for all of it, and the gap it leaves is filled
 * by the next households that fit. Within a departure each household goes to the vehicle it fits best.
 * Sorting by size first (first-fit decreasing) would pack a little tighter but would put large families
 * ahead of those who asked earlier; with families of about five in buses of forty, the seats left empty
 * by keeping the queue's order are few (docs/benchmarks.md measures them). Nothing is random: the same
 * problem always gives the same proposal.
 */
public final class MovementScheduler {

    /** The fair order: earliest intention, earliest registration, then reference. */
    public static final Comparator<ReadyHousehold> FAIR_ORDER = Comparator.comparing(ReadyHousehold::intendedSince)
            .thenComparing(ReadyHousehold::registeredOn)
            .thenComparing(ReadyHousehold::reference)
            .thenComparing(ReadyHousehold::householdId);

    private static final Comparator<Departure> DEPARTURE_ORDER =
            Comparator.comparing(Departure::departsOn).thenComparing(Departure::key);

    public ScheduleProposal schedule(SchedulingProblem problem) {
        requireDistinctKeys(problem.departures());
        List<ReadyHousehold> queue = new ArrayList<>(problem.households());
        queue.sort(FAIR_ORDER);
        List<Departure> departures = new ArrayList<>(problem.departures());
        departures.sort(DEPARTURE_ORDER);
        TargetLedger ledger = new TargetLedger(problem.targets(), problem.weekStartsOn());
        CountryQueues queues = new CountryQueues(queue);
        List<ScheduledHousehold> scheduled = new ArrayList<>();
        Map<String, VehicleLoad> loads = new HashMap<>();
        for (Departure departure : departures) {
            VehicleLoad load = new VehicleLoad(departure.vehicles());
            loads.put(departure.key(), load);
            scheduled.addAll(fill(departure, load, ledger, queues));
        }
        List<UnplacedHousehold> unplaced = new UnplacedReasons(departures, loads, ledger).of(queues.unplaced());
        return new ScheduleProposal(scheduled, unplaced);
    }

    /** Fills one departure from the front of its country's queue; answers its households in vehicle order. */
    private static List<ScheduledHousehold> fill(
            Departure departure, VehicleLoad load, TargetLedger ledger, CountryQueues queues) {
        List<List<ScheduledHousehold>> byVehicle = new ArrayList<>();
        for (int index = 0; index < load.size(); index++) {
            byVehicle.add(new ArrayList<>());
        }
        int room = ledger.room(departure);
        CountryQueues.Cursor cursor = queues.cursor(departure.asylumCountry());
        while (room > 0 && load.anySeatFree() && cursor.hasNext()) {
            ReadyHousehold household = cursor.next();
            if (!household.mayCross(departure.crossingCode()) || household.persons() > room) {
                continue;
            }
            int vehicle = load.bestFor(household);
            if (vehicle < 0) {
                continue;
            }
            int accessible = load.seat(vehicle, household);
            cursor.take();
            room -= household.persons();
            ledger.take(departure, household.persons());
            byVehicle
                    .get(vehicle)
                    .add(new ScheduledHousehold(
                            household.householdId(),
                            departure.key(),
                            load.label(vehicle),
                            household.persons(),
                            accessible));
        }
        return byVehicle.stream().flatMap(List::stream).toList();
    }

    private static void requireDistinctKeys(List<Departure> departures) {
        Set<String> keys = new HashSet<>();
        for (Departure departure : departures) {
            if (!keys.add(departure.key())) {
                throw new IllegalArgumentException("Two departures share the key " + departure.key());
            }
        }
    }
}
