package org.homeward.movements.scheduling;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What is left of a plan's target for one country of asylum and month: the target's persons minus
 * those already scheduled against it.
 *
 * @param asylumCountry    ISO3 code
 * @param month            the month
 * @param crossingCode     the crossing, or empty for a target through any crossing
 * @param remainingPersons persons still to schedule (never below zero)
 */
public record MonthlyTarget(String asylumCountry, YearMonth month, String crossingCode, int remainingPersons) {

    public MonthlyTarget {
        Objects.requireNonNull(asylumCountry, "asylumCountry");
        Objects.requireNonNull(month, "month");
        crossingCode = crossingCode == null ? "" : crossingCode;
        remainingPersons = Math.max(0, remainingPersons);
    }
}
