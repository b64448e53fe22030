package org.homeward.reception;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only list of changes to centres: who created or changed which centre, when, and what changed. */
@Repository
class CentreHistory {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    CentreHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a change to a centre: who made it, when, how (created, changed, imported) and what changed. */
    void record(String centreCode, Instant when, String actor, CentreEventType type, Map<String, Object> details) {
        jdbc.sql("""
                        INSERT INTO reception_centre_event (centre_code, occurred_at, actor, type, details)
                        VALUES (:centre, :when, :actor, :type, CAST(:details AS jsonb))""")
                .param("centre", centreCode)
                .param("when", Timestamp.from(when))
                .param("actor", actor)
                .param("type", type.name())
                .param("details", json.writeValueAsString(details))
                .update();
    }

    List<CentreEvent> of(String centreCode) {
        return jdbc.sql("SELECT * FROM reception_centre_event WHERE centre_code = :centre ORDER BY id")
                .param("centre", centreCode)
                .query((rs, n) -> new CentreEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("type"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }
}
