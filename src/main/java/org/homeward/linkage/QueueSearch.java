package org.homeward.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.homeward.registry.SearchText;

/**
 * The personal part of a review-queue filter: a household reference and a name, as the reviewer typed
 * them. It is kept in the reviewer's session, never in a URL.
 *
 * @param reference a household reference, matched exactly on either side of a pair, or null
 * @param name      a name in either script, or null
 * @param mine      one of the reviewer's own registration sites or areas ({@code SITE:...}, {@code AREA:...}):
 *                  pairs with a household of it; null for the whole scope
 */
record QueueSearch(String reference, String name, String mine) implements java.io.Serializable {

    static final int MAX_LENGTH = 120;

    QueueSearch {
        reference = blankToNull(reference);
        name = blankToNull(name);
        mine = blankToNull(mine);
    }

    QueueSearch(String reference, String name) {
        this(reference, name, null);
    }

    /** Whether there is nothing to search for. */
    boolean isEmpty() {
        return reference == null && nameTerms().isEmpty() && mine == null;
    }

    /** The registration site picked from the reviewer's own, or null. */
    String mineSite() {
        return mine != null && mine.startsWith("SITE:") ? mine.substring(5) : null;
    }

    /** The area (P-code) picked from the reviewer's own, or null. */
    String mineArea() {
        return mine != null && mine.startsWith("AREA:") ? mine.substring(5) : null;
    }

    /** The reference as stored: references are written in capitals, so one typed in small letters still matches. */
    String normalisedReference() {
        return reference == null ? null : reference.toUpperCase(Locale.ROOT);
    }

    /** The name folded the way the registry's search folds names (both scripts), word by word. */
    List<String> nameTerms() {
        if (name == null) {
            return List.of();
        }
        return Arrays.stream(SearchText.fold(name).split(" "))
                .filter(term -> !term.isBlank())
                .toList();
    }

    private static String blankToNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_LENGTH ? stripped.substring(0, MAX_LENGTH) : stripped;
    }
}
