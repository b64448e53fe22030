package org.homeward.registry;

import java.util.List;
import java.util.UUID;

/** Moves a journey to a later status (or withdraws it), with the reason. */
record AdvanceJourneyRequest(long version, String status, String reason) {

    /** The move this request asks for, with its status name read as a journey status; refuses a name that is none. */
    MoveJourney toCommand(UUID householdId) {
        try {
            JourneyStatus next =
                    JourneyStatus.valueOf(status == null ? "" : status.trim().toUpperCase());
            return MoveJourney.of(householdId, version, next, reason);
        } catch (IllegalArgumentException e) {
            throw new InvalidHouseholdException(
                    List.of(
                            new ValidationProblem(
                                    "status",
                                    RegistryProblemCode.JOURNEY_STATUS_INVALID,
                                    "Not a journey status: use one of INTENDING, REGISTERED, IN_TRANSIT, AT_RECEPTION, RETURNED_HOME, WITHDRAWN")));
        }
    }
}
