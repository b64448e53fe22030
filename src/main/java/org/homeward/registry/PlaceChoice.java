package org.homeward.registry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.places.PlaceCandidate;
import org.homeward.places.PlaceLevel;

/**
 * One of the places an ambiguous name may mean, as a refused correction carries it back to the
 * household page: what the choice list shows, and nothing more, so that it can wait in the session.
 */
record PlaceChoice(String pcode, PlaceLevel level, String nameEn, String nameAr, String withinEn, String withinAr)
        implements Serializable {

    static PlaceChoice of(PlaceCandidate candidate) {
        return new PlaceChoice(
                candidate.pcode(),
                candidate.level(),
                candidate.nameEn(),
                candidate.nameAr(),
                candidate.withinEn(),
                candidate.withinAr());
    }

    /** The choices of each field, in a form the session can keep. */
    static LinkedHashMap<String, ArrayList<PlaceChoice>> of(Map<String, List<PlaceCandidate>> choices) {
        LinkedHashMap<String, ArrayList<PlaceChoice>> kept = new LinkedHashMap<>();
        choices.forEach((field, candidates) -> kept.put(
                field, new ArrayList<>(candidates.stream().map(PlaceChoice::of).toList())));
        return kept;
    }

    /** The name in the language given: Arabic for "ar", English otherwise. */
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }

    /** The units the place lies in, in the language given. */
    public String within(String language) {
        return "ar".equals(language) ? withinAr : withinEn;
    }
}
