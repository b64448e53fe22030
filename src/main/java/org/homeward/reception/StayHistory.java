package org.homeward.reception;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only history of stays (the database refuses to change or delete its rows). */
@Repository
class StayHistory {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    StayHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(Stay stay, String type, Instant when, String actor, String reason, Map<String, Object> details) {
        jdbc.sql("""
                        INSERT INTO reception_stay_event (stay_id, household_id, centre_code, type, occurred_at, actor,
                            reason, details)
                        VALUES (:stay, :household, :centre, :type, :when, :actor, :reason, CAST(:details AS jsonb))""")
                .param("stay", stay.id()).param("household", stay.householdId()).param("centre", stay.centreCode())
                .param("type", type).param("when", Timestamp.from(when)).param("actor", actor).param("reason", reason)
                .param("details", json.writeValueAsString(details))
                .update();
    }

    /** Everything that happened to the household's stays, in the order it happened. */
    List<StayEvent> ofHousehold(UUID householdId) {
        return jdbc.sql("SELECT * FROM reception_stay_event WHERE household_id = :household ORDER BY id")
                .param("household", householdId)
                .query((rs, n) -> new StayEvent(rs.getLong("id"), rs.getObject("stay_id", UUID.class),
                        rs.getObject("household_id", UUID.class), rs.getString("centre_code"), rs.getString("type"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("reason"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }
}
