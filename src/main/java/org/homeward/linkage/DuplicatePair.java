package org.homeward.linkage;

import java.time.Instant;
import java.util.List;
import org.homeward.registry.Household;
import org.homeward.registry.Individual;
import org.homeward.registry.RevealedFields;

/**
 * A pair from the review queue as the reviewer sees it: both people side by side (phones and
 * documents masked), the field-by-field explanation, the coded reason the two may be relatives
 * ({@code POSSIBLE_SIBLINGS}, {@code POSSIBLE_TWINS}, {@code POSSIBLE_COUSINS}, or null) and the
 * decision so far.
 */
record DuplicatePair(
        long id,
        double weight,
        String status,
        String decidedBy,
        Instant decidedAt,
        String note,
        Side first,
        Side second,
        List<FieldComparison> fields,
        String reason) {

    /** One of the two registrations, with its household and journey. */
    public record Side(Individual person, Household household) {}

    /**
     * One field's comparison: the two values (a phone or document number masked), whether they are
     * the same, the agreement level and its weight in bits.
     */
    public record FieldComparison(
            String field, String first, String second, String comparison, String level, double weight) {}

    /** Both people's phone and document number in full, after a recorded reveal with a reason. */
    public record Revealed(RevealedFields first, RevealedFields second) implements java.io.Serializable {}

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean same() {
        return "SAME".equals(status);
    }
}
