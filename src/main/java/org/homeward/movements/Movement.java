package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A movement: an organised return or a go-and-see visit, leaving on a day from a departure point
 * through a crossing to reception or home, in its vehicles.
 *
 * @param returnsOn the day a go-and-see visit comes back; null for an organised return
 * @param status    PLANNED, DEPARTED, ARRIVED or CANCELLED
 */
public record Movement(
        UUID id,
        UUID planId,
        MovementKind kind,
        LocalDate departsOn,
        LocalDate returnsOn,
        String departurePoint,
        String asylumCountry,
        String crossingCode,
        String destinationKind,
        String status,
        Instant departedAt,
        String departedBy,
        String createdBy,
        Instant createdAt,
        int version,
        List<Vehicle> vehicles) {

    public Movement {
        vehicles = List.copyOf(vehicles);
    }

    public boolean planned() {
        return "PLANNED".equals(status);
    }

    public boolean toReception() {
        return "RECEPTION".equals(destinationKind);
    }

    public int seats() {
        return vehicles.stream().mapToInt(Vehicle::seats).sum();
    }

    public int accessibleSeats() {
        return vehicles.stream().mapToInt(Vehicle::accessibleSeats).sum();
    }
}
