package org.homeward.reception;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A household expected to arrive: its journey is INTENDING, REGISTERED or IN_TRANSIT with a planned
 * date, and it is not staying in a centre. Carries no names, so forecasts can be shown to anyone.
 */
record PlannedArrival(
        UUID householdId,
        String reference,
        String destinationPcode,
        LocalDate plannedDate,
        String journeyStatus,
        int persons,
        boolean needsAccessibleUnit) {

    /** The room the household will need on arrival. */
    public Spaces spaces() {
        return Spaces.ofHousehold(persons, needsAccessibleUnit);
    }
}
