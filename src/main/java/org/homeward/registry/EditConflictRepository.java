package org.homeward.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores the offline edits received, with their answers, and the conflicts they left for a supervisor. */
@Repository
class EditConflictRepository {

    /** An offline edit received earlier: its household, its sender and the answer it was given. */
    record ReceivedEdit(UUID householdId, String submittedBy, OfflineEditOutcome outcome) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EditConflictRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ReceivedEdit> received(UUID clientId) {
        return jdbc.sql(
                        "SELECT household_id, submitted_by, outcome FROM household_offline_edit WHERE client_id = :client")
                .param("client", clientId)
                .query((rs, n) -> new ReceivedEdit(
                        rs.getObject("household_id", UUID.class),
                        rs.getString("submitted_by"),
                        json.readValue(rs.getString("outcome"), OfflineEditOutcome.class)))
                .optional();
    }

    void receive(UUID householdId, OfflineEditRequest request, String actor, Instant now) {
        jdbc.sql("""
                        INSERT INTO household_offline_edit (client_id, household_id, device_id, submitted_by, received_at,
                            base_version, outcome) VALUES (:client, :household, :device, :actor, :now, :base, '{}'::jsonb)""")
                .param("client", request.clientId())
                .param("household", householdId)
                .param("device", request.deviceId())
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .param("base", request.baseVersion())
                .update();
    }

    void answer(UUID clientId, OfflineEditOutcome outcome) {
        jdbc.sql("UPDATE household_offline_edit SET outcome = CAST(:outcome AS jsonb) WHERE client_id = :client")
                .param("outcome", json.writeValueAsString(outcome))
                .param("client", clientId)
                .update();
    }

    long open(
            UUID householdId,
            OfflineEditRequest request,
            String key,
            boolean baseKnown,
            String base,
            String theirs,
            String yours,
            String actor,
            Instant now) {
        return jdbc.sql("""
                        INSERT INTO household_edit_conflict (household_id, client_id, individual_id, field, base_known,
                            base_value, their_value, your_value, device_id, submitted_by, submitted_at)
                        VALUES (:household, :client, :individual, :field, :baseKnown, :base, :theirs, :yours, :device,
                            :actor, :now) RETURNING id""")
                .param("household", householdId)
                .param("client", request.clientId())
                .param("individual", EditableFields.memberOf(key))
                .param("field", EditableFields.fieldOf(key))
                .param("baseKnown", baseKnown)
                .param("base", base)
                .param("theirs", theirs)
                .param("yours", yours)
                .param("device", request.deviceId())
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    Optional<EditConflict> find(long id) {
        return jdbc.sql("SELECT * FROM household_edit_conflict WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> conflict(rs))
                .optional();
    }

    /** The open conflicts, oldest first, at most {@code limit}. */
    List<EditConflict> open(int limit) {
        return jdbc.sql("SELECT * FROM household_edit_conflict WHERE resolved_at IS NULL ORDER BY id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> conflict(rs))
                .list();
    }

    List<EditConflict> openOf(UUID householdId) {
        return jdbc.sql(
                        "SELECT * FROM household_edit_conflict WHERE household_id = :household AND resolved_at IS NULL ORDER BY id")
                .param("household", householdId)
                .query((rs, n) -> conflict(rs))
                .list();
    }

    /** Records the decision if the conflict is still open; answers whether it was. */
    boolean resolve(long id, String resolution, String value, String actor, Instant now) {
        return jdbc.sql("""
                        UPDATE household_edit_conflict SET resolution = :resolution, resolved_value = :value,
                            resolved_by = :actor, resolved_at = :now WHERE id = :id AND resolved_at IS NULL""")
                        .param("resolution", resolution)
                        .param("value", value)
                        .param("actor", actor)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    private static EditConflict conflict(ResultSet rs) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new EditConflict(
                rs.getLong("id"),
                rs.getObject("household_id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getObject("individual_id", UUID.class),
                rs.getString("field"),
                rs.getBoolean("base_known"),
                rs.getString("base_value"),
                rs.getString("their_value"),
                rs.getString("your_value"),
                rs.getString("device_id"),
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(),
                resolvedAt == null ? null : resolvedAt.toInstant(),
                rs.getString("resolved_by"),
                rs.getString("resolution"),
                rs.getString("resolved_value"));
    }
}
