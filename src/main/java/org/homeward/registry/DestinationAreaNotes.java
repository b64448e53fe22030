package org.homeward.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * What another feature has to say about the area a household is going to, shown with its journey.
 *
 * <p>The registry does not judge destinations: the feature that knows area conditions contributes
 * a bean, and the household's page and API show its note as given. Without such a bean, nothing
 * is shown. The note is about the area, never about the household: the household's own risks are
 * kept apart from the conditions of the place.
 */
public interface DestinationAreaNotes {

    /** The note on the area of {@code destinationPcode} as things stand today, in the language given. */
    Optional<Note> noteFor(String destinationPcode, Locale language);

    /**
     * One note.
     *
     * @param status a short code of the area's state, such as {@code RED}, {@code AMBER}, {@code GREEN} or {@code UNKNOWN}
     * @param label  the status in words, in the language asked for
     * @param text   a sentence or two on why, in the language asked for
     */
    record Note(String status, String label, String text) {}
}
