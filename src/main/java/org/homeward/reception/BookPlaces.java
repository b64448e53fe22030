package org.homeward.reception;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A command to book places at a centre for every member of a household before it arrives: what a
 * feature that places households (allocation, organised movements) hands to {@link BookingCommands}.
 *
 * @param centreCode  the centre whose places are held
 * @param householdId the household the places are held for
 * @param expectedBy  the last day the household is expected; null (or a day past) for the configured number of
 *                    days from today
 * @param reason      why the places are booked, kept in the stay's history; null when none is given
 */
public record BookPlaces(String centreCode, UUID householdId, LocalDate expectedBy, String reason) {

    public BookPlaces {
        Objects.requireNonNull(centreCode, "centreCode");
        Objects.requireNonNull(householdId, "householdId");
    }
}
