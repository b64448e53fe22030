package org.homeward.demo;

import java.time.LocalDate;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.ReturnType;

/**
 * One registration's journey as the interchange layout carries it: where it was registered,
 * from where to where, its status and dates. Empty values are null.
 */
record JourneyPlan(
        String registrationSite,
        ReturnType returnType,
        String originCountry,
        String originLocation,
        String crossingPoint,
        String destinationPcode,
        LocalDate plannedDate,
        JourneyStatus status,
        LocalDate registeredOn,
        LocalDate returnedOn) {

    /** The same journey as another registration site recorded it. */
    JourneyPlan registeredAgain(String site, LocalDate on, String crossing, LocalDate planned) {
        return new JourneyPlan(
                site,
                returnType,
                originCountry,
                originLocation,
                crossing,
                destinationPcode,
                planned,
                status,
                on,
                returnedOn);
    }
}
