package org.homeward.demo;

/**
 * A Syrian sub-district with its OCHA P-code ({@code SY} and six digits), names, 2004 census
 * population (0 where the source has none) and centroid.
 */
public record PopulatedSubdistrict(String pcode, String nameEnglish, String nameArabic, long population,
                                   double latitude, double longitude) {

    /** The governorate's P-code, e.g. {@code SY07} for sub-district {@code SY070301}. */
    public String governoratePcode() {
        return pcode.substring(0, 4);
    }

    /** The district's P-code, e.g. {@code SY0703} for sub-district {@code SY070301}. */
    public String districtPcode() {
        return pcode.substring(0, 6);
    }

    /** Great-circle distance in kilometres to a point. */
    public double kilometresTo(double otherLatitude, double otherLongitude) {
        double earthRadius = 6371.0;
        double dLatitude = Math.toRadians(otherLatitude - latitude);
        double dLongitude = Math.toRadians(otherLongitude - longitude);
        double a = Math.sin(dLatitude / 2) * Math.sin(dLatitude / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(otherLatitude))
                * Math.sin(dLongitude / 2) * Math.sin(dLongitude / 2);
        return 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
