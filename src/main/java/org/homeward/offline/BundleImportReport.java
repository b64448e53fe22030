package org.homeward.offline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What importing one outbox bundle did: the bundle, its device and officer, what became of each
 * record and of each edit of a household kept on the device. It holds references and codes only,
 * never a name or other personal data.
 */
public record BundleImportReport(
        UUID bundleId,
        UUID deviceId,
        String officer,
        Instant createdAt,
        List<RecordOutcome> outcomes,
        List<EditOutcome> edits) {

    public BundleImportReport {
        outcomes = List.copyOf(outcomes);
        edits = List.copyOf(edits);
    }

    /** What became of one record. */
    public enum Outcome {
        CREATED,
        ALREADY_PRESENT,
        REFUSED,
        CONFLICT
    }

    /** One record's outcome: its client id, the reference its household holds, or why it was refused. */
    public record RecordOutcome(
            UUID clientId, Outcome outcome, String reference, String code, String field, String message) {}

    /**
     * What became of one edit, as the offline-edit service answered it: applied whole, applied in part with
     * fields left in conflict, left whole in conflict, refused, or received before (its first answer stands).
     */
    public enum EditResult {
        APPLIED,
        PARTLY_APPLIED_WITH_CONFLICTS,
        CONFLICT,
        REFUSED,
        ALREADY_RECEIVED
    }

    /**
     * One edit's outcome: its client id, the household's reference (empty when the household is not one the
     * device's officer may see), how many fields were applied and how many are left to a supervisor, or why
     * it was refused.
     */
    public record EditOutcome(
            UUID clientId,
            EditResult result,
            String reference,
            int applied,
            int conflicts,
            String code,
            String field,
            String message) {}

    public long count(Outcome outcome) {
        return outcomes.stream().filter(record -> record.outcome() == outcome).count();
    }

    public long count(EditResult result) {
        return edits.stream().filter(edit -> edit.result() == result).count();
    }

    public long created() {
        return count(Outcome.CREATED);
    }

    public long alreadyPresent() {
        return count(Outcome.ALREADY_PRESENT);
    }

    public long refused() {
        return count(Outcome.REFUSED);
    }

    public long conflicts() {
        return count(Outcome.CONFLICT);
    }

    /** Edits refused, or left (wholly or in part) to a supervisor. */
    public long editsNeedingAttention() {
        return count(EditResult.REFUSED) + count(EditResult.CONFLICT) + count(EditResult.PARTLY_APPLIED_WITH_CONFLICTS);
    }
}
