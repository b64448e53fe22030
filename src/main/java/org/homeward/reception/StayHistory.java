package org.homeward.reception;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only history of stays (the database refuses to change or delete its rows). */
@Repository
class StayHistory {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;

    StayHistory(JdbcClient jdbc, JsonMapper json, AuditTrail audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    /** Records a step of a stay in its history and, as part of the same change, in the audit trail. */
    void record(Stay stay, StayEventType type, Instant when, String actor, String reason, Map<String, Object> details) {
        jdbc.sql("""
                        INSERT INTO reception_stay_event (stay_id, household_id, centre_code, type, occurred_at, actor,
                            reason, details)
                        VALUES (:stay, :household, :centre, :type, :when, :actor, :reason, CAST(:details AS jsonb))""")
                .param("stay", stay.id())
                .param("household", stay.householdId())
                .param("centre", stay.centreCode())
                .param("type", type.name())
                .param("when", Timestamp.from(when))
                .param("actor", actor)
                .param("reason", reason)
                .param("details", json.writeValueAsString(details))
                .update();
        Map<String, Object> audited = new LinkedHashMap<>(details);
        audited.put("centre", stay.centreCode());
        audited.put("stay", stay.id().toString());
        audit.recordWithChange(
                new AuditEntry(type.audited(), "household", stay.householdId().toString(), reason, audited));
    }

    /** Everything that happened to the household's stays, in the order it happened. */
    List<StayEvent> ofHousehold(UUID householdId) {
        return jdbc.sql("SELECT * FROM reception_stay_event WHERE household_id = :household ORDER BY id")
                .param("household", householdId)
                .query((rs, n) -> new StayEvent(
                        rs.getLong("id"),
                        rs.getObject("stay_id", UUID.class),
                        rs.getObject("household_id", UUID.class),
                        rs.getString("centre_code"),
                        rs.getString("type"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }

    /** The facts every step of a stay keeps in its details: persons, accessible unit, and whether some members are missing. */
    static Map<String, Object> describe(Stay stay) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("persons", stay.persons());
        details.put("accessibleUnit", stay.accessible());
        details.put("partial", stay.partialReason() != null);
        return details;
    }
}
