package org.homeward.places;

import java.util.List;
import java.util.Optional;

/**
 * Answers whether a code names a known place, country or crossing point, so that journeys and
 * imports accept only what the reference data knows.
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
}
