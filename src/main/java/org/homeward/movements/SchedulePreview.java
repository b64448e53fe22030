package org.homeward.movements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan's week as the scheduler proposes it, or as it was written: each departure with its vehicles and
 * the households in each (references, persons and accessible seats, never names), the ready households
 * left over and the intending ones not ready, each with its reason.
 *
 * @param written whether the movements were created (false for a preview, which writes nothing)
 */
record SchedulePreview(
        UUID planId,
        LocalDate weekStartsOn,
        boolean written,
        int households,
        long persons,
        List<DepartureLoad> departures,
        List<LeftOver> leftOver,
        List<LeftOver> notReady) {

    public SchedulePreview {
        departures = List.copyOf(departures);
        leftOver = List.copyOf(leftOver);
        notReady = List.copyOf(notReady);
    }

    /**
     * One offered departure: what the request gave it (its position in {@code departures}), the movement
     * created for it (null in a preview, or when nobody is scheduled on it), its vehicles in use and the
     * labels of those left unused.
     */
    public record DepartureLoad(
            int departure,
            String departurePoint,
            String asylumCountry,
            String crossingCode,
            LocalDate departsOn,
            UUID movementId,
            int households,
            int persons,
            List<VehicleLoad> vehicles,
            List<String> unusedVehicles) {}

    /** A vehicle in use and the households it carries, all of each in it. */
    public record VehicleLoad(
            String label,
            int seats,
            int accessibleSeats,
            int persons,
            int accessibleSeatsTaken,
            List<String> households) {}

    /** A household not scheduled this week and why (a code: docs/movements.md lists them). */
    public record LeftOver(String reference, String reason) {}
}
