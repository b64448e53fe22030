package org.homeward.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** People registered together (UNHCR: a case), headed by one principal, with their journey home. */
public record Household(
        UUID id,
        String reference,
        String registrationSite,
        Journey journey,
        long version,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        List<Individual> members) {

    public Individual principal() {
        return members.stream().filter(Individual::principal).findFirst().orElseThrow();
    }
}
