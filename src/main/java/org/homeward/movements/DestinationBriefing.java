package org.homeward.movements;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a person deciding to return is told about their destination area, in their language.
 *
 * <p>Contributed by the feature that knows the area's conditions. Whatever it returns is shown to
 * the person when their voluntariness is recorded and kept, word for word, with that record.
 */
public interface DestinationBriefing {

    /** The briefing for the area of {@code destinationPcode} as things stand on {@code on}. */
    Briefing brief(String destinationPcode, LocalDate on, Locale language);

    /**
     * One briefing.
     *
     * @param status a short code of the area's state (e.g. {@code RED}, {@code AMBER}, {@code GREEN},
     *               {@code UNKNOWN})
     * @param text   the words shown to the person, in the requested language
     */
    record Briefing(String status, String text) {}
}
