package org.homeward.movements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Seats the travellers who have no seat yet: a household rides in one vehicle where one has room for
 * all of it, and a person who needs an accessible seat gets one in that vehicle while any is free.
 * Only when no vehicle has room for the whole household is it spread over vehicles, fullest need first.
 * Those already seated keep their seats, so adding a household never moves another.
 */
final class SeatPlan {

    /** A traveller waiting for a seat. */
    record Waiting(UUID householdId, UUID individualId, boolean needsAccessibleSeat) {}

    /** A seat given: the vehicle and whether it is an accessible seat. */
    record Seat(String vehicleLabel, boolean accessible) {}

    private final Map<String, int[]> free = new LinkedHashMap<>();

    /**
     * @param vehicles the movement's vehicles
     * @param taken    the seats already taken, one entry per seated person
     */
    SeatPlan(List<Vehicle> vehicles, List<Seat> taken) {
        for (Vehicle vehicle : vehicles) {
            free.put(vehicle.label(), new int[] {vehicle.seats() - vehicle.accessibleSeats(), vehicle.accessibleSeats()
            });
        }
        for (Seat seat : taken) {
            int[] room = free.get(seat.vehicleLabel());
            if (room != null) {
                room[seat.accessible() ? 1 : 0]--;
            }
        }
    }

    /** Seats as many of the waiting as there is room for, household by household in the order given. */
    Map<UUID, Seat> assign(List<Waiting> waiting) {
        return assign(waiting, Map.of());
    }

    /**
     * Seats as {@link #assign(List)} does, but a household with a preferred vehicle (the one the scheduler
     * chose) rides in it while it has room for all of it.
     */
    Map<UUID, Seat> assign(List<Waiting> waiting, Map<UUID, String> preferredVehicles) {
        Map<UUID, List<Waiting>> byHousehold = new LinkedHashMap<>();
        waiting.forEach(person -> byHousehold
                .computeIfAbsent(person.householdId(), id -> new ArrayList<>())
                .add(person));
        Map<UUID, Seat> seats = new LinkedHashMap<>();
        for (List<Waiting> household : byHousehold.values()) {
            // Those who need an accessible seat choose first, so that a relative does not take it.
            household.sort(
                    java.util.Comparator.comparing(Waiting::needsAccessibleSeat).reversed());
            String preferred = preferredVehicles.get(household.get(0).householdId());
            String together =
                    preferred != null && free.containsKey(preferred) && seatsLeft(preferred) >= household.size()
                            ? preferred
                            : vehicleFor(household);
            for (Waiting person : household) {
                String label = together != null && seatsLeft(together) > 0
                        ? together
                        : anyWithRoom(person.needsAccessibleSeat());
                if (label != null) {
                    seats.put(person.individualId(), take(label, person.needsAccessibleSeat()));
                }
            }
        }
        return seats;
    }

    /**
     * The first vehicle with room for the whole household and an accessible seat for each who needs one;
     * failing that, the first with room for the whole household.
     */
    private String vehicleFor(List<Waiting> household) {
        long needing = household.stream().filter(Waiting::needsAccessibleSeat).count();
        return free.entrySet().stream()
                .filter(entry ->
                        entry.getValue()[0] + entry.getValue()[1] >= household.size() && entry.getValue()[1] >= needing)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() -> free.entrySet().stream()
                        .filter(entry -> entry.getValue()[0] + entry.getValue()[1] >= household.size())
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null));
    }

    private String anyWithRoom(boolean accessible) {
        if (accessible) {
            for (Map.Entry<String, int[]> entry : free.entrySet()) {
                if (entry.getValue()[1] > 0) {
                    return entry.getKey();
                }
            }
        }
        return free.entrySet().stream()
                .filter(entry -> seatsLeft(entry.getKey()) > 0)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private int seatsLeft(String label) {
        int[] room = free.get(label);
        return room[0] + room[1];
    }

    /** Takes an accessible seat for who needs one; others take an ordinary seat, or an accessible one when none is left. */
    private Seat take(String label, boolean needsAccessible) {
        int[] room = free.get(label);
        boolean accessible = needsAccessible ? room[1] > 0 : room[0] == 0;
        room[accessible ? 1 : 0]--;
        return new Seat(label, accessible);
    }
}
