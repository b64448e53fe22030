package org.homeward.places;

/**
 * A place a query may mean, with how it matched.
 *
 * @param withinEn     the units the place lies in, in English, nearest first ("Al-Bab, Aleppo"); empty for a governorate
 * @param withinAr     the same in Arabic
 * @param confidence   from 0 to 1: how sure the match is that this place was meant
 * @param matchedName  the name or alias of the place the query matched
 */
public record PlaceCandidate(
        String pcode,
        PlaceLevel level,
        String nameEn,
        String nameAr,
        String withinEn,
        String withinAr,
        double confidence,
        PlaceMatch match,
        String matchedName) {

    /** The name in the language given: Arabic for "ar", English otherwise. */
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }

    /** The units the place lies in, in the language given. */
    public String within(String language) {
        return "ar".equals(language) ? withinAr : withinEn;
    }
}
