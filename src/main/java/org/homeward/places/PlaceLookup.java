package org.homeward.places;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The places API: whether a code names a known place, country or crossing point, so that journeys and
 * imports accept only what the reference data knows, and what the reference data says of it — names
 * in both languages, the unit above, centroid, population, the distance between two units.
 *
 * <p>The application's lookup is a bean answering from the database; code that runs without the
 * application (demo generators, command-line tools, benchmarks) takes {@link #shipped()}. Either way
 * the reference files are read by the places feature alone, and distances come from {@link GeoPoint}.
 */
public interface PlaceLookup {

    /** Whether the code is a known administrative unit or community P-code. */
    boolean isKnownArea(String pcode);

    /** Whether the code is a known ISO 3166-1 alpha-3 country code. */
    boolean isKnownCountry(String iso3);

    /** Whether the code is a known crossing point code. */
    boolean isKnownCrossing(String code);

    /** The display name of an area, country or crossing in the language given ("en" or "ar"). */
    Optional<String> displayName(String code, String language);

    /**
     * The administrative unit or community with this P-code, with its names, parent and population.
     * Empty by default, so that a lookup standing in for the reference data in a test need not know units.
     */
    default Optional<Place> area(String pcode) {
        return Optional.empty();
    }

    /** The current units of one level, by P-code (such as every sub-district); empty by default for the same reason. */
    default List<Place> areasAt(PlaceLevel level) {
        return List.of();
    }

    /** The countries of asylum, by English name; empty by default for the same reason. */
    default List<CountryOfAsylum> countries() {
        return List.of();
    }

    /** The crossing points, by border and then the airports; empty by default for the same reason. */
    default List<CrossingPoint> crossings() {
        return List.of();
    }

    /**
     * The P-code of the unit one level up: what the reference data records (which alone knows a
     * community's), else what the code spells ({@link PlaceCodes#parentOf(String)}); empty for a governorate.
     */
    default Optional<String> parentOf(String pcode) {
        return area(pcode).map(Place::parentPcode).or(() -> PlaceCodes.parentOf(pcode));
    }

    /** The centroid of a unit, when the reference data has it. */
    default Optional<GeoPoint> centroid(String pcode) {
        return area(pcode).flatMap(Place::centroid);
    }

    /** The population of a unit in the year its data gives ({@link Place#populationYear()}), when known. */
    default OptionalInt population(String pcode) {
        return area(pcode).map(Place::population).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The great-circle distance in kilometres between the centroids of two units; empty when either has none. */
    default OptionalDouble kilometresBetween(String pcode, String otherPcode) {
        Optional<GeoPoint> from = centroid(pcode);
        Optional<GeoPoint> to = centroid(otherPcode);
        return from.isPresent() && to.isPresent()
                ? OptionalDouble.of(from.get().kilometresTo(to.get()))
                : OptionalDouble.empty();
    }

    /** The name of a crossing point in the language given ("ar" Arabic, English otherwise); empty for an unknown code. */
    default Optional<String> crossingName(String code, String language) {
        return crossings().stream()
                .filter(crossing -> crossing.code().equals(code))
                .findFirst()
                .map(crossing -> crossing.name(language));
    }

    /** Every crossing point's name in the language given, by code, in the order of {@link #crossings()}. */
    default Map<String, String> crossingNames(String language) {
        Map<String, String> names = new LinkedHashMap<>();
        crossings().forEach(crossing -> names.put(crossing.code(), crossing.name(language)));
        return names;
    }

    /**
     * The reference data as Homeward ships it, read from the files once per run, for code that runs
     * without the application; inside it, take the bean, which also knows units the data has retired.
     */
    static PlaceLookup shipped() {
        return PlaceReferenceFiles.shippedCatalogue();
    }

    /** A lookup that knows exactly these units and nothing else, for plans and tests made up of invented places. */
    static PlaceLookup of(List<Place> areas) {
        return new PlaceCatalogue(areas, Set.of(), Map.of(), List.of(), List.of());
    }
}
