package org.homeward.registry;

import jakarta.validation.constraints.Size;

/**
 * The officer's word that a household is registered although one of its members very likely is
 * already registered: the reference of the earlier household the check named, and why.
 */
record DuplicateConfirmation(
        @Size(max = 40) String reference, @Size(max = 500) String reason) {

    /** Whether this confirms the match named by {@code reference}, with a reason given. */
    boolean confirms(String matchedReference) {
        return reference != null
                && reason != null
                && !reason.isBlank()
                && HouseholdReferences.normalised(reference).equals(HouseholdReferences.normalised(matchedReference));
    }
}
