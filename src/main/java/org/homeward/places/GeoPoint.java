package org.homeward.places;

/**
 * A point on the earth in decimal degrees (WGS 84), and the one great-circle distance Homeward uses.
 *
 * <p>It depends on nothing but {@code java.lang}, so that the plain-Java engines may use it as they
 * use their own records: every feature then measures with the same earth and the same formula.
 *
 * @param latitude  degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

    /** The mean earth radius of the IUGG in kilometres; a sphere is good to about 0.5 % for great-circle distances. */
    public static final double EARTH_RADIUS_KILOMETRES = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, not " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, not " + longitude);
        }
    }

    /**
     * The great-circle distance to another point in kilometres, by the haversine formula, which stays
     * exact for short distances. {@link StrictMath} gives every machine the same answer to the last
     * bit, so an allocation or a demo data set computed on two servers is the same.
     */
    public double kilometresTo(GeoPoint other) {
        double phi1 = StrictMath.toRadians(latitude);
        double phi2 = StrictMath.toRadians(other.latitude);
        double halfDeltaPhi = (phi2 - phi1) / 2;
        double halfDeltaLambda = StrictMath.toRadians(other.longitude - longitude) / 2;
        double h = StrictMath.sin(halfDeltaPhi) * StrictMath.sin(halfDeltaPhi)
                + StrictMath.cos(phi1)
                        * StrictMath.cos(phi2)
                        * StrictMath.sin(halfDeltaLambda)
                        * StrictMath.sin(halfDeltaLambda);
        return 2 * EARTH_RADIUS_KILOMETRES * StrictMath.asin(StrictMath.min(1, StrictMath.sqrt(h)));
    }
}
