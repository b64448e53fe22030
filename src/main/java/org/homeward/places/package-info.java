/**
 * Places: Syria's governorates, districts and sub-districts with their OCHA P-codes, names in
 * English and Arabic, aliases and populations, the countries of asylum and the crossing points.
 * The reference data ships in {@code src/main/resources/places} and is loaded into PostgreSQL
 * once per version; {@link org.homeward.places.PlaceLookup} answers from it, and
 * {@link org.homeward.places.PlaceNameResolver} turns free-text names in any common spelling into
 * P-codes, reporting unknown and ambiguous names instead of guessing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Places",
        allowedDependencies = {"access", "problems", "web"})
package org.homeward.places;
