package org.homeward.demo;

/**
 * A Syrian sub-district with its OCHA P-code ({@code SY} and six digits), names, 2004 census
 * population (0 where the source has none) and centroid.
 */
public record PopulatedSubdistrict(
        String pcode, String nameEnglish, String nameArabic, long population, double latitude, double longitude) {

    /** The governorate's P-code, e.g. {@code SY07} for sub-district {@code SY070301}. */
    public String governoratePcode() {
        return pcode.substring(0, 4);
    }

    /** The district's P-code, e.g. {@code SY0703} for sub-district {@code SY070301}. */
    public String districtPcode() {
        return pcode.substring(0, 6);
    }

    /** Great-circle distance in kilometres to a point; StrictMath, so every platform gets the same answer. */
    public double kilometresTo(double otherLatitude, double otherLongitude) {
        double earthRadius = 6371.0;
        double dLatitude = StrictMath.toRadians(otherLatitude - latitude);
        double dLongitude = StrictMath.toRadians(otherLongitude - longitude);
        double a = StrictMath.sin(dLatitude / 2) * StrictMath.sin(dLatitude / 2)
                + StrictMath.cos(StrictMath.toRadians(latitude))
                        * StrictMath.cos(StrictMath.toRadians(otherLatitude))
                        * StrictMath.sin(dLongitude / 2)
                        * StrictMath.sin(dLongitude / 2);
        return 2 * earthRadius * StrictMath.asin(StrictMath.min(1, StrictMath.sqrt(a)));
    }
}
