package org.homeward.movements.scheduling;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A household that may be scheduled: it intends to return, every member who decides for themselves has
 * decided, and it is on no movement yet.
 *
 * @param householdId          the registry's id
 * @param asylumCountry        the ISO3 code of the country it leaves from
 * @param crossingCode         the crossing its journey names, or empty when any crossing will do
 * @param persons              how many travel (all members: the scheduler never leaves anyone behind)
 * @param needingAccessibleSeat how many of them need an accessible seat
 * @param intendedSince        the day it said it intends to return (earliest first)
 * @param registeredOn         the day it was registered (the next tie-break)
 * @param reference            its reference, the last tie-break, so that the order is total
 */
public record ReadyHousehold(
        UUID householdId,
        String asylumCountry,
        String crossingCode,
        int persons,
        int needingAccessibleSeat,
        LocalDate intendedSince,
        LocalDate registeredOn,
        String reference) {

    public ReadyHousehold {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(asylumCountry, "asylumCountry");
        crossingCode = crossingCode == null ? "" : crossingCode;
        if (persons < 1 || needingAccessibleSeat < 0 || needingAccessibleSeat > persons) {
            throw new IllegalArgumentException(
                    "A household has at least one person, and at most as many needing " + "an accessible seat");
        }
        Objects.requireNonNull(intendedSince, "intendedSince");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(reference, "reference");
    }

    /** Whether it may travel through the crossing: the one its journey names, or any when it names none. */
    boolean mayCross(String crossing) {
        return crossingCode.isEmpty() || crossingCode.equals(crossing);
    }
}
