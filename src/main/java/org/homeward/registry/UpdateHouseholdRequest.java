package org.homeward.registry;

import java.util.List;

/**
 * A whole new version of a household's registration (site, journey details, members), checked
 * against the version the editor started from so that no one silently overwrites another.
 */
public record UpdateHouseholdRequest(long version, String registrationSite, JourneyDetails journey,
                                     List<IndividualDetails> members, String reason) {
    public UpdateHouseholdRequest {
        members = members == null ? List.of() : members;
    }
}
