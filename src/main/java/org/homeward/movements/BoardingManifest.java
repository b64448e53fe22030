package org.homeward.movements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes boarding and arrival on a movement's manifest: per person boarded, no-show,
 * arrived or missing, the movement closed on arrival, and each step in the movement's history.
 */
@Repository
class BoardingManifest {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BoardingManifest(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<BoardingMovement> find(UUID id) {
        return jdbc.sql("SELECT * FROM movement WHERE id = :id")
                .param("id", id)
                .query(BoardingManifest::movement)
                .optional();
    }

    /** The movement, locked until the transaction ends, so that boarding, departure and arrival take turns. */
    Optional<BoardingMovement> lock(UUID id) {
        return jdbc.sql("SELECT * FROM movement WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(BoardingManifest::movement)
                .optional();
    }

    /** Whether the household is on the movement's open manifest, locking its line when it is. */
    boolean lockOpenHousehold(UUID movementId, UUID householdId) {
        return jdbc.sql("""
                        SELECT household_id FROM manifest_household
                        WHERE movement_id = :movement AND household_id = :household AND open FOR UPDATE""")
                .param("movement", movementId)
                .param("household", householdId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    /** Whether the household is on the movement's open manifest (without locking, for a look-up). */
    boolean isOpen(UUID movementId, UUID householdId) {
        return jdbc.sql("""
                        SELECT count(*) FROM manifest_household
                        WHERE movement_id = :movement AND household_id = :household AND open""")
                        .param("movement", movementId)
                        .param("household", householdId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The households on the movement's manifest, in the order they were added: those still on it and
     * those taken off because nobody came, who are counted, not hidden.
     */
    List<UUID> households(UUID movementId) {
        return jdbc.sql("""
                        SELECT household_id FROM manifest_household
                        WHERE movement_id = :movement AND (removed_at IS NULL OR removal_reason = 'NO_SHOW')
                        ORDER BY added_at, household_id""").param("movement", movementId).query(UUID.class).list();
    }

    List<BoardingPerson> persons(UUID movementId) {
        return jdbc.sql(
                        "SELECT * FROM manifest_person WHERE movement_id = :movement ORDER BY household_id, individual_id")
                .param("movement", movementId)
                .query(BoardingManifest::person)
                .list();
    }

    List<BoardingPerson> persons(UUID movementId, UUID householdId) {
        return jdbc.sql("""
                        SELECT * FROM manifest_person WHERE movement_id = :movement AND household_id = :household
                        ORDER BY individual_id""")
                .param("movement", movementId)
                .param("household", householdId)
                .query(BoardingManifest::person)
                .list();
    }

    /** Boards a person still waiting; the unique index refuses one already on board elsewhere. */
    int board(UUID movementId, UUID individualId, Instant at, String actor) {
        return jdbc.sql("""
                        UPDATE manifest_person SET boarding = 'BOARDED', boarded_at = :at, boarded_by = :actor
                        WHERE movement_id = :movement AND individual_id = :individual AND travels AND boarding = 'PENDING'""")
                .param("movement", movementId)
                .param("individual", individualId)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    int noShow(UUID movementId, UUID individualId, String actor) {
        return jdbc.sql("""
                        UPDATE manifest_person SET boarding = 'NO_SHOW', boarded_by = :actor
                        WHERE movement_id = :movement AND individual_id = :individual AND travels AND boarding = 'PENDING'""")
                .param("movement", movementId)
                .param("individual", individualId)
                .param("actor", actor)
                .update();
    }

    /** Takes a household nobody of which came off the manifest, so that it can be planned on another movement. */
    void takeOffAsNoShow(UUID movementId, UUID householdId, Instant at, String actor) {
        jdbc.sql("""
                        UPDATE manifest_household SET open = false, removed_at = :at, removed_by = :actor,
                            removal_reason = 'NO_SHOW'
                        WHERE movement_id = :movement AND household_id = :household AND open""")
                .param("movement", movementId)
                .param("household", householdId)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    void recordArrival(UUID movementId, UUID individualId, boolean arrived, Instant at, String actor) {
        jdbc.sql("""
                        UPDATE manifest_person SET arrival = :arrival, arrived_at = :at, arrived_by = :actor
                        WHERE movement_id = :movement AND individual_id = :individual AND boarding = 'BOARDED'
                            AND arrival = 'PENDING'""")
                .param("arrival", arrived ? "ARRIVED" : "MISSING")
                .param("at", arrived ? Timestamp.from(at) : null)
                .param("actor", actor)
                .param("movement", movementId)
                .param("individual", individualId)
                .update();
    }

    /** The movement has arrived: it ends, and its households' manifest lines close with it. */
    void closeOnArrival(UUID movementId, Instant at) {
        jdbc.sql("UPDATE movement SET status = 'ARRIVED', arrived_at = :at, version = version + 1 WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", movementId)
                .update();
        jdbc.sql("UPDATE manifest_household SET open = false WHERE movement_id = :movement AND open")
                .param("movement", movementId)
                .update();
    }

    void event(
            UUID movementId,
            UUID householdId,
            Instant at,
            String actor,
            MovementEventType type,
            Map<String, Object> details) {
        jdbc.sql("""
                        INSERT INTO movement_event (movement_id, household_id, occurred_at, actor, type, details)
                        VALUES (:movement, :household, :at, :actor, :type, CAST(:details AS jsonb))""")
                .param("movement", movementId)
                .param("household", householdId)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("type", type.name())
                .param("details", json.writeValueAsString(details))
                .update();
    }

    private static BoardingMovement movement(ResultSet rs, int row) throws SQLException {
        return new BoardingMovement(
                rs.getObject("id", UUID.class),
                MovementKind.valueOf(rs.getString("kind")),
                rs.getObject("departs_on", java.time.LocalDate.class),
                rs.getString("departure_point"),
                rs.getString("crossing_code"),
                rs.getString("destination_kind"),
                rs.getString("status"),
                instant(rs, "departed_at"),
                instant(rs, "arrived_at"));
    }

    private static BoardingPerson person(ResultSet rs, int row) throws SQLException {
        return new BoardingPerson(
                rs.getObject("household_id", UUID.class),
                rs.getObject("individual_id", UUID.class),
                rs.getBoolean("travels"),
                rs.getString("vehicle_label"),
                rs.getString("boarding"),
                instant(rs, "boarded_at"),
                rs.getString("arrival"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
