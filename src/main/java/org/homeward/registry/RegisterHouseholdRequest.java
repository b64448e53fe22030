package org.homeward.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new household with its journey and members; the first member with relationship PRINCIPAL heads it.
 *
 * @param duplicateConfirmation null unless the officer registers the household although the on-entry
 *                              check named a very likely earlier registration
 * @param consent               the consent given at registration, recorded with the household; null when
 *                              it was not asked (it may be recorded on the household afterwards)
 */
public record RegisterHouseholdRequest(
        String registrationSite,
        JourneyDetails journey,
        @Size(max = 50) List<@Valid IndividualDetails> members,
        @Valid DuplicateConfirmation duplicateConfirmation,
        @Valid RegistrationConsent consent) {
    public RegisterHouseholdRequest {
        members = members == null ? List.of() : members;
    }

    public RegisterHouseholdRequest(
            String registrationSite,
            JourneyDetails journey,
            List<IndividualDetails> members,
            DuplicateConfirmation duplicateConfirmation) {
        this(registrationSite, journey, members, duplicateConfirmation, null);
    }

    public RegisterHouseholdRequest(String registrationSite, JourneyDetails journey, List<IndividualDetails> members) {
        this(registrationSite, journey, members, null);
    }
}
