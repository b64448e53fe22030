package org.homeward.demo;

import org.homeward.places.GeoPoint;
import org.homeward.places.PlaceCodes;
import org.homeward.places.PlaceLevel;

/**
 * A Syrian sub-district with its OCHA P-code ({@code SY} and six digits), names, 2004 census
 * population (0 where the source has none) and centroid.
 */
record PopulatedSubdistrict(
        String pcode, String nameEnglish, String nameArabic, long population, double latitude, double longitude) {

    /** The governorate's P-code, e.g. {@code SY07} for sub-district {@code SY070301}. */
    public String governoratePcode() {
        return PlaceCodes.ancestorAt(pcode, PlaceLevel.GOVERNORATE).orElseThrow();
    }

    /** The district's P-code, e.g. {@code SY0703} for sub-district {@code SY070301}. */
    public String districtPcode() {
        return PlaceCodes.ancestorAt(pcode, PlaceLevel.DISTRICT).orElseThrow();
    }

    /** Great-circle distance in kilometres to a point, measured as every feature measures it. */
    public double kilometresTo(double otherLatitude, double otherLongitude) {
        return new GeoPoint(latitude, longitude).kilometresTo(new GeoPoint(otherLatitude, otherLongitude));
    }
}
