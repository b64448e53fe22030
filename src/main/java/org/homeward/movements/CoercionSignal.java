package org.homeward.movements;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One pattern of possible coercion, raised for review, with the records concerned and, once
 * reviewed, what the coordinator found. Protection data: never exported, never shown to analysts.
 *
 * @param subject              the officer, household id or witness the pattern is about
 * @param householdReferences  the references of the households concerned that the reader may see
 */
public record CoercionSignal(
        long id,
        CoercionSignalKind kind,
        String subject,
        List<UUID> recordIds,
        List<UUID> householdIds,
        List<String> householdReferences,
        Instant raisedAt,
        ProtectionReviewOutcome reviewOutcome,
        String reviewNote,
        String reviewedBy,
        Instant reviewedAt) {

    public CoercionSignal {
        recordIds = List.copyOf(recordIds);
        householdIds = List.copyOf(householdIds);
        householdReferences = List.copyOf(householdReferences);
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }

    CoercionSignal withReferences(List<String> references) {
        return new CoercionSignal(
                id,
                kind,
                subject,
                recordIds,
                householdIds,
                references,
                raisedAt,
                reviewOutcome,
                reviewNote,
                reviewedBy,
                reviewedAt);
    }
}
