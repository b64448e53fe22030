package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit due to a household 3 or 6 months after it arrived, and what it found once recorded.
 *
 * @param persons the household's persons who arrived, so that figures count persons
 * @param outcome null until the visit is recorded
 */
public record FollowUpVisit(
        UUID id,
        UUID householdId,
        UUID movementId,
        int monthsAfter,
        LocalDate arrivedOn,
        LocalDate dueOn,
        int persons,
        FollowUpOutcome outcome,
        String displacedToPcode,
        FollowUpDisplacementReason displacementReason,
        String note,
        LocalDate visitedOn,
        String recordedBy,
        Instant recordedAt) {}
