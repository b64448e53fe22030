package org.homeward.registry;

import java.util.List;
import java.util.UUID;

/**
 * What became of an offline edit: the fields applied, the fields changed on both sides and left
 * for a supervisor (phones and document numbers masked), or why nothing was applied.
 */
public record OfflineEditOutcome(
        UUID clientId,
        State state,
        List<String> appliedFields,
        List<Conflict> conflicts,
        List<ValidationProblem> problems,
        long version) {

    /** Whether the edit was applied whole, in part with conflicts, not at all because of conflicts, or refused. */
    public enum State {
        APPLIED,
        PARTLY_APPLIED_WITH_CONFLICTS,
        CONFLICT,
        REFUSED
    }

    /** One field changed on both sides: what it was at the edit's base (when known), what it is now, what the device sent. */
    public record Conflict(
            long id, String field, boolean baseKnown, String baseValue, String theirValue, String yourValue) {}
}
