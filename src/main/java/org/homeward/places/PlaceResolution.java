package org.homeward.places;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "which place does this text name?": one place, several places the text may equally
 * mean, or none, with a reason and a message that says what to do about it.
 *
 * @param query      the text as given
 * @param candidates the place found, or the places the text may mean (best first); empty when unknown
 */
public record PlaceResolution(
        String query, Status status, Reason reason, String message, List<PlaceCandidate> candidates) {

    /** Whether the text named one place, several, or none. */
    public enum Status {
        RESOLVED,
        AMBIGUOUS,
        UNKNOWN
    }

    /** Why the answer is what it is. */
    public enum Reason {
        /** One place matched better than any other. */
        FOUND,
        /** Nothing to look for: the text is empty, or only a word such as "district". */
        EMPTY_QUERY,
        /** The text is shaped like a P-code that no place has. */
        UNKNOWN_PCODE,
        /** No place has a name close to the text. */
        UNKNOWN_NAME,
        /** The place given as the one to look inside is not known. */
        UNKNOWN_PARENT,
        /** Places match, but none at the level or inside the place asked for. */
        NOT_MATCHING_HINTS,
        /** A governorate, district or sub-district share the name and contain each other: the level decides. */
        SAME_NAME_AT_SEVERAL_LEVELS,
        /** Different places, apart from each other, share the name: the governorate or district decides. */
        SAME_NAME_FOR_DIFFERENT_PLACES
    }

    public PlaceResolution {
        candidates = List.copyOf(candidates);
    }

    /** The P-code of the place, when the text named exactly one. */
    public Optional<String> pcode() {
        return status == Status.RESOLVED ? Optional.of(candidates.get(0).pcode()) : Optional.empty();
    }
}
