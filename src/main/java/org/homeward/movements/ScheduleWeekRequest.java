package org.homeward.movements;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A week of a plan to schedule: its first day and the departures offered in it, each with its vehicles.
 *
 * @param weekStartsOn {@code YYYY-MM-DD}, the first of the seven days
 * @param departures   the departures offered; each becomes one movement if anyone is scheduled on it
 */
record ScheduleWeekRequest(
        String weekStartsOn, @Size(max = 100) List<OfferedDeparture> departures) {

    /**
     * A departure offered: from where, from which country of asylum, through which crossing, on which day,
     * to reception or home, and the vehicles available (only those someone is scheduled on are kept).
     */
    public record OfferedDeparture(
            String departurePoint,
            String asylumCountry,
            String crossingCode,
            String departsOn,
            String destinationKind,
            @Size(max = 200) List<Vehicle> vehicles) {}
}
