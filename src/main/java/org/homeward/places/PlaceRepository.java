package org.homeward.places;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the reference data of places in PostgreSQL and reads it back as a catalogue. */
@Repository
class PlaceRepository {

    static final String DATASET = "places";
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    PlaceRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The checksum of the reference files the database was last filled from. */
    Optional<String> loadedChecksum() {
        return jdbc.sql("SELECT checksum FROM place_data_version WHERE dataset = :dataset")
                .param("dataset", DATASET)
                .query(String.class)
                .optional();
    }

    /** Holds the places loading lock until the transaction ends, so two starting instances load one after the other. */
    void lockForLoading() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('homeward.places'))")
                .query()
                .singleValue();
    }

    /**
     * Writes the shipped data over what the database holds. Units, countries and crossings the data
     * no longer lists are kept but marked as no longer current; communities are left alone.
     */
    void store(PlaceReferenceData data, Instant now) {
        storeAreas(data.areas());
        storeAliases(data);
        jdbc.sql("UPDATE place_country SET current = false").update();
        batches.batchUpdate(
                """
                INSERT INTO place_country (iso3, iso2, name_en, name_ar, eu_member, current) VALUES (?, ?, ?, ?, ?, true)
                ON CONFLICT (iso3) DO UPDATE SET iso2 = EXCLUDED.iso2, name_en = EXCLUDED.name_en,
                    name_ar = EXCLUDED.name_ar, eu_member = EXCLUDED.eu_member, current = true""",
                data.countries().stream()
                        .map(country -> new Object[] {
                            country.iso3(), country.iso2(), country.nameEn(), country.nameAr(), country.euMember()
                        })
                        .toList());
        storeCrossings(data.crossings());
        jdbc.sql("""
                        INSERT INTO place_data_version (dataset, checksum, loaded_at, areas, aliases, countries, crossings)
                        VALUES (:dataset, :checksum, :now, :areas, :aliases, :countries, :crossings)
                        ON CONFLICT (dataset) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = EXCLUDED.loaded_at,
                            areas = EXCLUDED.areas, aliases = EXCLUDED.aliases, countries = EXCLUDED.countries,
                            crossings = EXCLUDED.crossings""")
                .param("dataset", DATASET)
                .param("checksum", data.checksum())
                .param("now", Timestamp.from(now))
                .param("areas", data.areas().size())
                .param("aliases", data.aliasCount())
                .param("countries", data.countries().size())
                .param("crossings", data.crossings().size())
                .update();
    }

    private void storeAreas(List<Place> areas) {
        jdbc.sql("UPDATE place_area SET current = false WHERE level <> 'COMMUNITY'")
                .update();
        // Parents come before their children in the list, as the foreign key on parent_pcode needs.
        batches.batchUpdate(
                """
                INSERT INTO place_area (pcode, level, parent_pcode, name_en, name_ar, latitude, longitude, area_km2,
                    population, population_year, current)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)
                ON CONFLICT (pcode) DO UPDATE SET level = EXCLUDED.level, parent_pcode = EXCLUDED.parent_pcode,
                    name_en = EXCLUDED.name_en, name_ar = EXCLUDED.name_ar, latitude = EXCLUDED.latitude,
                    longitude = EXCLUDED.longitude, area_km2 = EXCLUDED.area_km2, population = EXCLUDED.population,
                    population_year = EXCLUDED.population_year, current = true""",
                areas.stream()
                        .map(place -> new Object[] {
                            place.pcode(),
                            place.level().name(),
                            place.parentPcode(),
                            place.nameEn(),
                            place.nameAr(),
                            place.latitude(),
                            place.longitude(),
                            place.areaSquareKilometres(),
                            place.population(),
                            place.populationYear()
                        })
                        .toList());
    }

    private void storeAliases(PlaceReferenceData data) {
        jdbc.sql("DELETE FROM place_alias WHERE pcode IN (SELECT pcode FROM place_area WHERE level <> 'COMMUNITY')")
                .update();
        List<Object[]> rows = new ArrayList<>();
        data.aliases()
                .forEach((pcode, aliases) -> aliases.forEach(
                        alias -> rows.add(new Object[] {pcode, alias.value(), alias.language(), alias.kind()})));
        batches.batchUpdate("""
                INSERT INTO place_alias (pcode, value, language, kind) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", rows);
    }

    private void storeCrossings(List<CrossingPoint> crossings) {
        jdbc.sql("UPDATE place_crossing SET current = false").update();
        List<Object[]> rows = new ArrayList<>();
        for (int position = 0; position < crossings.size(); position++) {
            CrossingPoint crossing = crossings.get(position);
            rows.add(new Object[] {
                crossing.code(),
                crossing.nameEn(),
                crossing.nameAr(),
                crossing.kind().name(),
                crossing.neighbourCountry(),
                crossing.subdistrictPcode(),
                crossing.latitude(),
                crossing.longitude(),
                crossing.coordinatesApproximate(),
                position
            });
        }
        batches.batchUpdate("""
                INSERT INTO place_crossing (code, name_en, name_ar, kind, neighbour_iso3, subdistrict_pcode, latitude,
                    longitude, coordinates_approximate, position, current)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)
                ON CONFLICT (code) DO UPDATE SET name_en = EXCLUDED.name_en, name_ar = EXCLUDED.name_ar,
                    kind = EXCLUDED.kind, neighbour_iso3 = EXCLUDED.neighbour_iso3,
                    subdistrict_pcode = EXCLUDED.subdistrict_pcode, latitude = EXCLUDED.latitude,
                    longitude = EXCLUDED.longitude, coordinates_approximate = EXCLUDED.coordinates_approximate,
                    position = EXCLUDED.position, current = true""", rows);
    }

    /** Everything the database holds about places, as an immutable catalogue. */
    PlaceCatalogue readCatalogue() {
        Set<String> retired = new HashSet<>();
        List<Place> areas = jdbc.sql("""
                        SELECT pcode, level, parent_pcode, name_en, name_ar, latitude, longitude, area_km2, population,
                            population_year, current
                        FROM place_area ORDER BY pcode""")
                .query((rs, row) -> {
                    if (!rs.getBoolean("current")) {
                        retired.add(rs.getString("pcode"));
                    }
                    return area(rs);
                })
                .list();
        Map<String, List<PlaceAlias>> aliases = new LinkedHashMap<>();
        jdbc.sql("SELECT pcode, value, language, kind FROM place_alias ORDER BY pcode, language, value")
                .query((ResultSet rs) -> {
                    aliases.computeIfAbsent(rs.getString("pcode"), pcode -> new ArrayList<>())
                            .add(new PlaceAlias(rs.getString("value"), rs.getString("language"), rs.getString("kind")));
                });
        List<CountryOfAsylum> countries = jdbc.sql("""
                        SELECT iso3, iso2, name_en, name_ar, eu_member FROM place_country WHERE current ORDER BY name_en""")
                .query((rs, row) -> new CountryOfAsylum(
                        rs.getString("iso3"),
                        rs.getString("iso2"),
                        rs.getString("name_en"),
                        rs.getString("name_ar"),
                        rs.getBoolean("eu_member")))
                .list();
        List<CrossingPoint> crossings =
                jdbc.sql("""
                        SELECT code, name_en, name_ar, kind, neighbour_iso3, subdistrict_pcode, latitude, longitude,
                            coordinates_approximate
                        FROM place_crossing WHERE current ORDER BY position""").query((rs, row) -> crossing(rs)).list();
        return new PlaceCatalogue(areas, retired, aliases, countries, crossings);
    }

    private static Place area(ResultSet rs) throws SQLException {
        return new Place(
                rs.getString("pcode"),
                PlaceLevel.valueOf(rs.getString("level")),
                rs.getString("parent_pcode"),
                rs.getString("name_en"),
                rs.getString("name_ar"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                rs.getObject("area_km2", Double.class),
                rs.getObject("population", Integer.class),
                rs.getObject("population_year", Integer.class));
    }

    private static CrossingPoint crossing(ResultSet rs) throws SQLException {
        return new CrossingPoint(
                rs.getString("code"),
                rs.getString("name_en"),
                rs.getString("name_ar"),
                CrossingPoint.Kind.valueOf(rs.getString("kind")),
                trimmed(rs.getString("neighbour_iso3")),
                rs.getString("subdistrict_pcode"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                rs.getBoolean("coordinates_approximate"));
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
