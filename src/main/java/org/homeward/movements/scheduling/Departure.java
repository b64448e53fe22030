package org.homeward.movements.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A departure offered for the week: from one departure point in one country of asylum, through one
 * crossing, on one day, with the vehicles available for it. Each becomes one movement if anyone is
 * scheduled on it.
 *
 * @param key           what names the departure in the proposal (unique in the problem)
 * @param asylumCountry ISO3 code of the country it leaves from
 * @param crossingCode  the crossing it goes through
 * @param departsOn     its day
 * @param vehicles      the vehicles offered, in the order they should fill
 */
public record Departure(
        String key, String asylumCountry, String crossingCode, LocalDate departsOn, List<VehicleCapacity> vehicles) {

    public Departure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(asylumCountry, "asylumCountry");
        Objects.requireNonNull(crossingCode, "crossingCode");
        Objects.requireNonNull(departsOn, "departsOn");
        vehicles = List.copyOf(vehicles);
    }
}
