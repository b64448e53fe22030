package org.homeward.places;

import java.util.Optional;

/**
 * An administrative unit with its OCHA P-code, its English and Arabic names, the unit it belongs
 * to and, where the reference data has them, its centroid, area and population.
 *
 * @param pcode                 the P-code: {@code SY02} governorate, {@code SY0202} district,
 *                              {@code SY020200} sub-district, {@code C1001} community
 * @param parentPcode           the unit one level up; null for a governorate
 * @param latitude              centroid latitude (WGS84); null when unknown
 * @param longitude             centroid longitude (WGS84); null when unknown
 * @param areaSquareKilometres  area in km²; null when unknown
 * @param population            population of the year given; null when unknown
 * @param populationYear        the year of the population figure (2004 census, 2016 estimate for
 *                              governorates); null when unknown
 */
public record Place(
        String pcode,
        PlaceLevel level,
        String parentPcode,
        String nameEn,
        String nameAr,
        Double latitude,
        Double longitude,
        Double areaSquareKilometres,
        Integer population,
        Integer populationYear) {

    /** The name in the language given: Arabic for "ar", English otherwise. */
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }

    /** The centroid, when the reference data has one. */
    public Optional<GeoPoint> centroid() {
        return latitude == null || longitude == null
                ? Optional.empty()
                : Optional.of(new GeoPoint(latitude, longitude));
    }
}
