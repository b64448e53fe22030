package org.homeward.reception;

/** An administrative unit as the reception forecast and fixtures need it: names, centroid and population. */
public record AreaCentroid(
        String pcode, String nameEn, String nameAr, double latitude, double longitude, long population) {

    /** The unit's name in the language given: Arabic for "ar", English otherwise. */
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }
}
