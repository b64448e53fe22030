package org.homeward.places;

import java.util.Optional;

/**
 * A place where returnees enter Syria: a land border crossing or an international airport.
 *
 * @param code                    the stable code journeys record, such as {@code MASNAA}
 * @param neighbourCountry        ISO 3166-1 alpha-3 code of the country on the other side; null for airports
 * @param subdistrictPcode        the Syrian sub-district the crossing lies in; null where it could not be determined
 * @param coordinatesApproximate  true when the position was placed by hand to within a few kilometres
 */
public record CrossingPoint(
        String code,
        String nameEn,
        String nameAr,
        Kind kind,
        String neighbourCountry,
        String subdistrictPcode,
        Double latitude,
        Double longitude,
        boolean coordinatesApproximate) {

    /** How travellers cross. */
    public enum Kind {
        LAND,
        AIRPORT,
        SEA
    }

    /** The name in the language given: Arabic for "ar", English otherwise. */
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }

    /** Where the crossing lies, when the reference data has its coordinates. */
    public Optional<GeoPoint> location() {
        return latitude == null || longitude == null
                ? Optional.empty()
                : Optional.of(new GeoPoint(latitude, longitude));
    }
}
