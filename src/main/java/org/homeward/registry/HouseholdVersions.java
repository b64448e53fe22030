package org.homeward.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editable fields of each household version a change replaced. The current version is the
 * household itself; an older one is known only from here, and only for changes made since these
 * were kept: an edit from a version not kept cannot be merged safely.
 */
@Repository
class HouseholdVersions {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    HouseholdVersions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps the household as it is now, before a change gives it a new version. */
    void keep(Household household) {
        jdbc.sql("""
                        INSERT INTO household_version (household_id, version, fields)
                        VALUES (:household, :version, CAST(:fields AS jsonb))
                        ON CONFLICT (household_id, version) DO NOTHING""")
                .param("household", household.id())
                .param("version", household.version())
                .param("fields", json.writeValueAsString(EditableFields.of(household)))
                .update();
    }

    /** The fields at a version: the household's own when it is the current one, else as kept, else empty. */
    Optional<Map<String, String>> at(Household current, long version) {
        if (version == current.version()) {
            return Optional.of(EditableFields.of(current));
        }
        return jdbc.sql("SELECT fields FROM household_version WHERE household_id = :household AND version = :version")
                .param("household", current.id())
                .param("version", version)
                .query(String.class)
                .optional()
                .map(text -> new LinkedHashMap<>(json.readValue(text, FIELDS)));
    }
}
