package org.homeward.offline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What importing one outbox bundle did: the bundle, its device and officer, and what became of each
 * record. It holds references and codes only, never a name or other personal data.
 */
public record BundleImportReport(
        UUID bundleId, UUID deviceId, String officer, Instant createdAt, List<RecordOutcome> outcomes) {

    public BundleImportReport {
        outcomes = List.copyOf(outcomes);
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

    public long count(Outcome outcome) {
        return outcomes.stream().filter(record -> record.outcome() == outcome).count();
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
}
