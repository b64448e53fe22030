package org.homeward.places;

/**
 * A place offered while someone types its name, shown with the units it lies in and its P-code.
 *
 * @param withinEn    the units the place lies in, in English, nearest first; empty for a governorate
 * @param withinAr    the same in Arabic
 * @param matchedName the name or alias of the place that matched what was typed
 */
record PlaceSuggestion(
        String pcode,
        PlaceLevel level,
        String nameEn,
        String nameAr,
        String withinEn,
        String withinAr,
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
