package org.homeward.movements.scheduling;

import java.util.ArrayList;
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

    private final Map<String, List<Departure>> byCountry = new LinkedHashMap<>();
    private final Map<String, VehicleLoad> loads;
    private final TargetLedger ledger;

    UnplacedReasons(List<Departure> departures, Map<String, VehicleLoad> loads, TargetLedger ledger) {
        departures.forEach(departure -> byCountry.computeIfAbsent(departure.asylumCountry(), country -> new ArrayList<>())
                .add(departure));
        this.loads = loads;
        this.ledger = ledger;
    }

    List<UnplacedHousehold> of(List<ReadyHousehold> households) {
        return households.stream().map(household -> new UnplacedHousehold(household.householdId(), reason(household)))
                .toList();
    }

    private UnplacedReason reason(ReadyHousehold household) {
        List<Departure> reachable = byCountry.getOrDefault(household.asylumCountry(), List.of()).stream()
                .filter(departure -> household.mayCross(departure.crossingCode())).toList();
        if (reachable.isEmpty()) {
            return UnplacedReason.NO_DEPARTURE;
        }
        List<Departure> targeted = reachable.stream().filter(ledger::covers).toList();
        if (targeted.isEmpty()) {
            return UnplacedReason.NO_TARGET;
        }
        List<VehicleCapacity> vehicles = targeted.stream().flatMap(departure -> departure.vehicles().stream()).toList();
        if (vehicles.stream().noneMatch(vehicle -> vehicle.seats() >= household.persons())) {
            return UnplacedReason.LARGER_THAN_ANY_VEHICLE;
        }
        if (vehicles.stream().noneMatch(vehicle -> vehicle.seats() >= household.persons()
                && vehicle.accessibleSeats() >= household.needingAccessibleSeat())) {
            return UnplacedReason.MORE_ACCESSIBLE_NEEDS_THAN_ANY_VEHICLE;
        }
        UnplacedReason reason = UnplacedReason.TARGET_REACHED;
        for (Departure departure : targeted) {
            if (ledger.room(departure) < household.persons()) {
                continue;
            }
            VehicleLoad load = loads.get(departure.key());
            if (load.roomForAll(household.persons())) {
                return UnplacedReason.NO_ACCESSIBLE_SEAT_LEFT;
            }
            reason = UnplacedReason.NO_SEAT_LEFT;
        }
        return reason;
    }
}
