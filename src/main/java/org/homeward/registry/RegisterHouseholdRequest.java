package org.homeward.registry;

import java.util.List;

/** A new household with its journey and members; the first member with relationship PRINCIPAL heads it. */
public record RegisterHouseholdRequest(String registrationSite, JourneyDetails journey, List<IndividualDetails> members) {
    public RegisterHouseholdRequest {
        members = members == null ? List.of() : members;
    }
}
