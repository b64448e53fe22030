package org.homeward.registry;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.util.List;

/** A new household with its journey and members; the first member with relationship PRINCIPAL heads it. */
public record RegisterHouseholdRequest(String registrationSite, JourneyDetails journey, @Size(max = 50) List<@Valid IndividualDetails> members) {
    public RegisterHouseholdRequest {
        members = members == null ? List.of() : members;
    }
}
