package org.homeward.registry;

import java.util.Objects;
import java.util.UUID;

/**
 * A command to move a household's journey to a later status, or to withdraw it: what another feature
 * (or the edge, from a request) hands to {@link JourneyCommands}.
 *
 * @param householdId the household whose journey moves
 * @param version     the household's version the mover saw; a later one refuses the move as stale
 * @param to          the status the journey moves to
 * @param reason      why, in the mover's words; required for a withdrawal, null when none is given
 * @param centreCode  the reception centre where the move happened, kept with the event so that a user given
 *                    other centres sees the move without where or why; null when it did not happen at one
 */
public record MoveJourney(UUID householdId, long version, JourneyStatus to, String reason, String centreCode) {

    public MoveJourney {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(to, "to");
    }

    /** A move that did not happen at a reception centre. */
    public static MoveJourney of(UUID householdId, long version, JourneyStatus to, String reason) {
        return new MoveJourney(householdId, version, to, reason, null);
    }
}
