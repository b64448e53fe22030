package org.homeward.registry;

import java.time.LocalDate;

/** Where a household comes from, which way it crosses, where it goes, and how far it has got. */
public record Journey(
        ReturnType returnType,
        String originCountry,
        String originLocation,
        String crossingPoint,
        String destinationPcode,
        LocalDate plannedDate,
        JourneyStatus status) {}
