package org.homeward.movements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores the saved column mappings, their columns and choices as JSON. */
@Repository
class ColumnMappingRepository {

    private static final TypeReference<Map<IntentionField, List<String>>> COLUMNS = new TypeReference<>() {};
    private static final TypeReference<Map<IntentionField, Map<String, String>>> CHOICES = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ColumnMappingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Saves the mapping under its name, replacing one saved before under the same name. */
    void save(ColumnMapping mapping, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO intention_column_mapping (name, columns, choices, saved_by, saved_at)
                        VALUES (:name, CAST(:columns AS jsonb), CAST(:choices AS jsonb), :actor, :at)
                        ON CONFLICT (name) DO UPDATE SET columns = excluded.columns, choices = excluded.choices,
                            saved_by = excluded.saved_by, saved_at = excluded.saved_at""")
                .param("name", mapping.name())
                .param("columns", json.writeValueAsString(mapping.columns()))
                .param("choices", json.writeValueAsString(mapping.choices()))
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<ColumnMapping> find(String name) {
        return jdbc.sql("SELECT name, columns, choices FROM intention_column_mapping WHERE name = :name")
                .param("name", name)
                .query((rs, n) -> mapping(rs))
                .optional();
    }

    List<ColumnMapping> all() {
        return jdbc.sql("SELECT name, columns, choices FROM intention_column_mapping ORDER BY name")
                .query((rs, n) -> mapping(rs))
                .list();
    }

    private ColumnMapping mapping(ResultSet rs) throws SQLException {
        Map<IntentionField, List<String>> columns = new EnumMap<>(IntentionField.class);
        columns.putAll(json.readValue(rs.getString("columns"), COLUMNS));
        Map<IntentionField, Map<String, String>> choices = new EnumMap<>(IntentionField.class);
        choices.putAll(json.readValue(rs.getString("choices"), CHOICES));
        return new ColumnMapping(rs.getString("name"), columns, choices);
    }
}
