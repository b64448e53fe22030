package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/** One line of a search result: the household and the member who matched. */
public record HouseholdSummary(
        UUID householdId,
        String reference,
        String principalNameAr,
        String principalNameLatin,
        String matchedNameAr,
        String matchedNameLatin,
        int size,
        JourneyStatus status,
        String destinationPcode,
        Instant registeredAt) {}
