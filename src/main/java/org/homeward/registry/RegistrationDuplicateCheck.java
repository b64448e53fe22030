package org.homeward.registry;

import java.util.Optional;
import java.util.UUID;

/**
 * The check another feature (linkage) gives the registry so that a very likely duplicate is not
 * registered without an officer confirming it; the registry never learns how matches are found.
 */
public interface RegistrationDuplicateCheck {

    /** The most likely earlier registration, in the caller's scope, that any member very likely is. */
    Optional<VeryLikelyMatch> veryLikelyMatch(RegisterHouseholdRequest request);

    /** Puts the confirmed pair (the member just registered and the earlier one) in the review queue. */
    void queueForReview(VeryLikelyMatch match, IndividualDetails member, UUID registeredIndividualId);
}
