package org.homeward.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A whole new version of a household's registration (site, journey details, members), checked
 * against the version the editor started from so that no one silently overwrites another.
 */
record UpdateHouseholdRequest(
        long version,
        String registrationSite,
        JourneyDetails journey,
        @Size(max = 50) List<@Valid IndividualDetails> members,
        String reason) {
    public UpdateHouseholdRequest {
        members = members == null ? List.of() : members;
    }
}
