package org.homeward.places;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference data of places as Homeward ships it, read and checked: the units with their
 * aliases, the countries of asylum and the crossing points, with the checksum of the files read.
 *
 * @param checksum SHA-256 of the shipped files, which tells whether the database holds this version
 */
record PlaceReferenceData(
        List<Place> areas,
        Map<String, List<PlaceAlias>> aliases,
        List<CountryOfAsylum> countries,
        List<CrossingPoint> crossings,
        String checksum) {

    /** The catalogue these files describe, without going through the database. */
    PlaceCatalogue toCatalogue() {
        return new PlaceCatalogue(areas, Set.of(), aliases, countries, crossings);
    }

    int aliasCount() {
        return aliases.values().stream().mapToInt(List::size).sum();
    }
}
