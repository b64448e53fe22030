package org.homeward.reception;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores reception centres in PostgreSQL and counts their live occupancy from the open stays. */
@Repository
class CentreRepository {

    private static final String COLUMNS = """
            code, name_en, name_ar, town_en, town_ar, pcode, latitude, longitude, capacity_persons,
            capacity_families, accessible_units, services, status, version, updated_at, updated_by""";
    private final JdbcClient jdbc;

    CentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Centre centre) {
        jdbc.sql("""
                        INSERT INTO reception_centre (code, name_en, name_ar, town_en, town_ar, pcode, latitude, longitude,
                            capacity_persons, capacity_families, accessible_units, services, status, version,
                            created_at, updated_at, updated_by)
                        VALUES (:code, :nameEn, :nameAr, :townEn, :townAr, :pcode, :latitude, :longitude, :persons,
                            :families, :accessible, string_to_array(:services, ','), :status, 0, :now, :now, :actor)""").params(parameters(centre)).update();
    }

    /** Writes the centre's new state if it is still at the version read; answers whether it was. */
    boolean update(Centre centre, long versionRead) {
        Map<String, Object> parameters = parameters(centre);
        parameters.put("versionRead", versionRead);
        return jdbc.sql("""
                        UPDATE reception_centre SET name_en = :nameEn, name_ar = :nameAr, town_en = :townEn,
                            town_ar = :townAr, pcode = :pcode, latitude = :latitude, longitude = :longitude,
                            capacity_persons = :persons, capacity_families = :families, accessible_units = :accessible,
                            services = string_to_array(:services, ','), status = :status, version = version + 1,
                            updated_at = :now, updated_by = :actor
                        WHERE code = :code AND version = :versionRead""").params(parameters).update() == 1;
    }

    Optional<Centre> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reception_centre WHERE code = :code")
                .param("code", code)
                .query(CentreRepository::centre)
                .optional();
    }

    /**
     * Reads the centre and locks its row until the transaction ends, so that everyone admitting
     * people to it, or changing its capacity, takes turns.
     */
    Optional<Centre> lock(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reception_centre WHERE code = :code FOR UPDATE")
                .param("code", code)
                .query(CentreRepository::centre)
                .optional();
    }

    List<Centre> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reception_centre ORDER BY code")
                .query(CentreRepository::centre)
                .list();
    }

    Spaces occupancy(String code) {
        return jdbc.sql("SELECT persons, families, accessible FROM reception_occupancy(:code)")
                .param("code", code)
                .query((rs, n) -> new Spaces(rs.getInt("persons"), rs.getInt("families"), rs.getInt("accessible")))
                .single();
    }

    /** The occupancy of every centre that has open stays; a centre missing from the map is empty. */
    Map<String, Spaces> occupancies() {
        Map<String, Spaces> occupied = new HashMap<>();
        jdbc.sql("""
                        SELECT centre_code, sum(persons)::integer AS persons, count(*)::integer AS families,
                            (count(*) FILTER (WHERE accessible))::integer AS accessible
                        FROM reception_stay WHERE ended_at IS NULL GROUP BY centre_code""").query((ResultSet rs) -> {
            occupied.put(
                    rs.getString("centre_code"),
                    new Spaces(rs.getInt("persons"), rs.getInt("families"), rs.getInt("accessible")));
        });
        return occupied;
    }

    private static Map<String, Object> parameters(Centre centre) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("code", centre.code());
        parameters.put("nameEn", centre.nameEn());
        parameters.put("nameAr", centre.nameAr());
        parameters.put("townEn", centre.townEn());
        parameters.put("townAr", centre.townAr());
        parameters.put("pcode", centre.pcode());
        parameters.put("latitude", centre.latitude());
        parameters.put("longitude", centre.longitude());
        parameters.put("persons", centre.capacity().persons());
        parameters.put("families", centre.capacity().familyUnits());
        parameters.put("accessible", centre.capacity().accessibleUnits());
        parameters.put(
                "services",
                String.join(",", centre.services().stream().map(Enum::name).toList()));
        parameters.put("status", centre.open() ? "OPEN" : "CLOSED");
        parameters.put("now", Timestamp.from(centre.updatedAt()));
        parameters.put("actor", centre.updatedBy());
        return parameters;
    }

    private static Centre centre(ResultSet rs, int row) throws SQLException {
        return new Centre(
                rs.getString("code"),
                rs.getString("name_en"),
                rs.getString("name_ar"),
                rs.getString("town_en"),
                rs.getString("town_ar"),
                rs.getString("pcode"),
                rs.getDouble("latitude"),
                rs.getDouble("longitude"),
                new Spaces(
                        rs.getInt("capacity_persons"), rs.getInt("capacity_families"), rs.getInt("accessible_units")),
                services(rs.getArray("services")),
                "OPEN".equals(rs.getString("status")),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }

    private static List<OfferedService> services(Array array) throws SQLException {
        List<OfferedService> services = new ArrayList<>();
        for (Object name : (Object[]) array.getArray()) {
            OfferedService.parse((String) name).ifPresent(services::add);
        }
        return services;
    }
}
