package org.homeward.movements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the households and persons of movements' manifests; nothing is ever deleted. */
@Repository
class ManifestRepository {

    private final JdbcClient jdbc;

    ManifestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The movement whose open manifest holds the household, if any. */
    Optional<UUID> openMovementOf(UUID householdId) {
        return jdbc.sql("SELECT movement_id FROM manifest_household WHERE household_id = :household AND open")
                .param("household", householdId)
                .query(UUID.class)
                .optional();
    }

    boolean everOn(UUID movementId, UUID householdId) {
        return jdbc.sql(
                                "SELECT count(*) FROM manifest_household WHERE movement_id = :movement AND household_id = :household")
                        .param("movement", movementId)
                        .param("household", householdId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertHousehold(
            UUID movementId, UUID householdId, String destination, String centreCode, Instant now, String actor) {
        jdbc.sql("""
                        INSERT INTO manifest_household (movement_id, household_id, destination_pcode, centre_code, added_at, added_by)
                        VALUES (:movement, :household, :destination, :centre, :now, :actor)""")
                .param("movement", movementId)
                .param("household", householdId)
                .param("destination", destination)
                .param("centre", centreCode)
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .update();
    }

    void insertPerson(
            UUID movementId, UUID householdId, UUID individualId, String staysReason, boolean needsAccessible) {
        jdbc.sql("""
                        INSERT INTO manifest_person (movement_id, household_id, individual_id, travels, stays_reason,
                            needs_accessible_seat)
                        VALUES (:movement, :household, :individual, :travels, :reason, :accessible)""")
                .param("movement", movementId)
                .param("household", householdId)
                .param("individual", individualId)
                .param("travels", staysReason == null)
                .param("reason", staysReason)
                .param("accessible", needsAccessible)
                .update();
    }

    void setCentre(UUID movementId, UUID householdId, String centreCode) {
        jdbc.sql(
                        "UPDATE manifest_household SET centre_code = :centre WHERE movement_id = :movement AND household_id = :household")
                .param("centre", centreCode)
                .param("movement", movementId)
                .param("household", householdId)
                .update();
    }

    /** Takes the household off the manifest with who and why, and frees its seats. */
    int takeOff(UUID movementId, UUID householdId, String reason, String note, Instant now, String actor) {
        int changed = jdbc.sql("""
                        UPDATE manifest_household SET open = false, removed_at = :now, removed_by = :actor,
                            removal_reason = :reason, removal_note = :note
                        WHERE movement_id = :movement AND household_id = :household AND open""")
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("reason", reason)
                .param("note", note)
                .param("movement", movementId)
                .param("household", householdId)
                .update();
        jdbc.sql("""
                        UPDATE manifest_person SET vehicle_label = NULL, accessible_seat = false
                        WHERE movement_id = :movement AND household_id = :household""")
                .param("movement", movementId)
                .param("household", householdId)
                .update();
        return changed;
    }

    /** Every household ever on the movement's manifest with its persons, open ones first, in the order added. */
    List<ManifestHousehold> households(UUID movementId) {
        Map<UUID, List<ManifestPerson>> persons = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT p.household_id, p.individual_id, p.travels, p.stays_reason, p.vehicle_label, p.accessible_seat,
                               p.needs_accessible_seat, p.boarding, p.arrival
                        FROM manifest_person p WHERE p.movement_id = :movement ORDER BY p.household_id, p.individual_id""").param("movement", movementId).query(rs -> {
            persons.computeIfAbsent(rs.getObject("household_id", UUID.class), id -> new ArrayList<>())
                    .add(person(rs));
        });
        return jdbc.sql("""
                        SELECT * FROM manifest_household WHERE movement_id = :movement
                        ORDER BY open DESC, added_at, household_id""")
                .param("movement", movementId)
                .query((rs, row) ->
                        household(rs, persons.getOrDefault(rs.getObject("household_id", UUID.class), List.of())))
                .list();
    }

    Optional<ManifestHousehold> household(UUID movementId, UUID householdId) {
        return households(movementId).stream()
                .filter(household -> household.householdId().equals(householdId))
                .findFirst();
    }

    private static ManifestPerson person(ResultSet rs) throws SQLException {
        return new ManifestPerson(
                rs.getObject("individual_id", UUID.class),
                rs.getBoolean("travels"),
                rs.getString("stays_reason"),
                rs.getString("vehicle_label"),
                rs.getBoolean("accessible_seat"),
                rs.getBoolean("needs_accessible_seat"),
                rs.getString("boarding"),
                rs.getString("arrival"));
    }

    private static ManifestHousehold household(ResultSet rs, List<ManifestPerson> persons) throws SQLException {
        Timestamp removedAt = rs.getTimestamp("removed_at");
        return new ManifestHousehold(
                rs.getObject("movement_id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getString("destination_pcode"),
                rs.getString("centre_code"),
                rs.getBoolean("open"),
                rs.getTimestamp("added_at").toInstant(),
                rs.getString("added_by"),
                removedAt == null ? null : removedAt.toInstant(),
                rs.getString("removed_by"),
                rs.getString("removal_reason"),
                rs.getString("removal_note"),
                persons);
    }
}
