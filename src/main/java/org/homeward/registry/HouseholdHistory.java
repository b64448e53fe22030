package org.homeward.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only list of events that explains how each household came to be as it is. */
@Repository
class HouseholdHistory {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    HouseholdHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records what happened to a household: when, who, what kind of event, why if said, and its details. */
    void record(
            UUID householdId,
            Instant when,
            String actor,
            HouseholdEventType type,
            String reason,
            Map<String, Object> details) {
        jdbc.sql("""
                        INSERT INTO household_event (household_id, occurred_at, actor, type, reason, details)
                        VALUES (:household, :when, :actor, :type, :reason, CAST(:details AS jsonb))""")
                .param("household", householdId)
                .param("when", Timestamp.from(when))
                .param("actor", actor)
                .param("type", type.name())
                .param("reason", reason)
                .param("details", json.writeValueAsString(details))
                .update();
    }

    /** One after the highest position of a member removed from the household; 0 when none was. */
    int positionAfterRemoved(UUID householdId) {
        return jdbc.sql("""
                        SELECT coalesce(max((details->>'position')::integer) + 1, 0) FROM household_event
                        WHERE household_id = :household AND type = :removed""")
                .param("household", householdId)
                .param("removed", HouseholdEventType.MEMBER_REMOVED.name())
                .query(Integer.class)
                .single();
    }

    List<HouseholdEvent> of(UUID householdId) {
        return jdbc.sql("SELECT * FROM household_event WHERE household_id = :household ORDER BY id")
                .param("household", householdId)
                .query((rs, n) -> new HouseholdEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("type"),
                        rs.getString("reason"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }
}
