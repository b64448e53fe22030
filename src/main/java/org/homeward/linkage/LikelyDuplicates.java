package org.homeward.linkage;

import java.util.List;
import java.util.UUID;

/**
 * The answer of the on-entry check: for each member of a household being entered, the existing
 * registrations (in the caller's scope) most likely the same person. {@code ready} is false while
 * the index is still being built after start-up.
 */
public record LikelyDuplicates(boolean ready, List<MemberMatches> members) {

    /** The likely registrations of one member of the entered household (by position, from 0). */
    public record MemberMatches(int position, List<Match> matches) {}

    /**
     * One existing registration, its weight in bits, the probability, the field-by-field explanation
     * and the coded reason the two may be relatives ({@code POSSIBLE_SIBLINGS}, ...; null if none).
     */
    public record Match(
            UUID individualId,
            UUID householdId,
            String name,
            String birthDate,
            double weight,
            double probability,
            List<FieldExplanation> fields,
            String reason) {}

    /**
     * One field's comparison: the entered and the registered value (a phone or document number
     * masked, both sides), whether they are the same, the agreement level and its weight. A
     * registered number is never answered whole here: seeing it is a reveal on the household.
     */
    public record FieldExplanation(
            String field, String entered, String registered, String comparison, String level, double weight) {}
}
