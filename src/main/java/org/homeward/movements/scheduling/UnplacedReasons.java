package org.homeward.movements.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Says why each household left over was not scheduled, from the state the week's departures ended in.
 * The reasons are checked from the most lasting (no departure from its country at all) to the least
 * (the seats ran out); among departures that could have taken it, an accessible seat missing is named
 * before a seat missing, and a seat missing before the target's share being used up, because those are
 * what a coordinator can change by offering another vehicle.
 */
final class UnplacedReasons {

    /** The departures a household of one country bound to one crossing (or none) could take, as the week ended. */
    private record Reach(List<Departure> reachable, List<Departure> targeted, int mostSeats, int[] mostAccessibleFor) {}

    private final Map<String, List<Departure>> byCountry = new LinkedHashMap<>();
    private final Map<String, Integer> mostFreeSeats = new HashMap<>();
    private final Map<String, Reach> reaches = new HashMap<>();
    private final TargetLedger ledger;

    UnplacedReasons(List<Departure> departures, Map<String, VehicleLoad> loads, TargetLedger ledger) {
        departures.forEach(departure -> byCountry
                .computeIfAbsent(departure.asylumCountry(), country -> new ArrayList<>())
                .add(departure));
        loads.forEach((key, load) -> mostFreeSeats.put(key, load.mostFreeSeats()));
        this.ledger = ledger;
    }

    List<UnplacedHousehold> of(List<ReadyHousehold> households) {
        return households.stream()
                .map(household -> new UnplacedHousehold(household.householdId(), reason(household)))
                .toList();
    }

    private UnplacedReason reason(ReadyHousehold household) {
        Reach reach = reaches.computeIfAbsent(
                household.asylumCountry() + "\u0000" + household.crossingCode(), key -> reach(household));
        if (reach.reachable().isEmpty()) {
            return UnplacedReason.NO_DEPARTURE;
        }
        if (reach.targeted().isEmpty()) {
            return UnplacedReason.NO_TARGET;
        }
        if (reach.mostSeats() < household.persons()) {
            return UnplacedReason.LARGER_THAN_ANY_VEHICLE;
        }
        if (reach.mostAccessibleFor()[household.persons()] < household.needingAccessibleSeat()) {
            return UnplacedReason.MORE_ACCESSIBLE_NEEDS_THAN_ANY_VEHICLE;
        }
        UnplacedReason reason = UnplacedReason.TARGET_REACHED;
        for (Departure departure : reach.targeted()) {
            if (ledger.room(departure) < household.persons()) {
                continue;
            }
            if (mostFreeSeats.get(departure.key()) >= household.persons()) {
                return UnplacedReason.NO_ACCESSIBLE_SEAT_LEFT;
            }
            reason = UnplacedReason.NO_SEAT_LEFT;
        }
        return reason;
    }

    private Reach reach(ReadyHousehold household) {
        List<Departure> reachable = byCountry.getOrDefault(household.asylumCountry(), List.of()).stream()
                .filter(departure -> household.mayCross(departure.crossingCode()))
                .toList();
        List<Departure> targeted = reachable.stream().filter(ledger::covers).toList();
        List<VehicleCapacity> vehicles = targeted.stream()
                .flatMap(departure -> departure.vehicles().stream())
                .toList();
        int mostSeats = vehicles.stream().mapToInt(VehicleCapacity::seats).max().orElse(0);
        // mostAccessibleFor[n]: the most accessible seats in a vehicle with at least n seats
        int[] mostAccessibleFor = new int[mostSeats + 1];
        for (VehicleCapacity vehicle : vehicles) {
            for (int persons = 0; persons <= vehicle.seats(); persons++) {
                mostAccessibleFor[persons] = Math.max(mostAccessibleFor[persons], vehicle.accessibleSeats());
            }
        }
        return new Reach(reachable, targeted, mostSeats, mostAccessibleFor);
    }
}
