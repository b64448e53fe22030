package org.homeward.movements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored alerts for persons missing on arrival. */
@Repository
class MissingPersonAlerts {

    static final int MAX_LISTED = 500;
    private final JdbcClient jdbc;

    MissingPersonAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the alert for a person who boarded and did not arrive, with the last point and time known. */
    void raise(BoardingMovement movement, BoardingPerson person, Instant at, String actor) {
        jdbc.sql("""
                        INSERT INTO missing_person_alert (id, movement_id, household_id, individual_id, departure_point,
                            crossing_code, vehicle_label, last_seen_at, raised_at, raised_by)
                        VALUES (:id, :movement, :household, :individual, :point, :crossing, :vehicle, :seen, :at, :actor)""")
                .param("id", UUID.randomUUID())
                .param("movement", movement.id())
                .param("household", person.householdId())
                .param("individual", person.individualId())
                .param("point", movement.departurePoint())
                .param("crossing", movement.crossingCode())
                .param("vehicle", person.vehicleLabel())
                .param("seen", Timestamp.from(person.boardedAt()))
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    List<MissingPersonAlert> ofMovement(UUID movementId) {
        return jdbc.sql("SELECT * FROM missing_person_alert WHERE movement_id = :movement ORDER BY raised_at, id")
                .param("movement", movementId)
                .query(MissingPersonAlerts::alert)
                .list();
    }

    /** Alerts in one status (or all when null), the oldest open first, at most {@link #MAX_LISTED}. */
    List<MissingPersonAlert> list(String status) {
        return jdbc.sql("""
                        SELECT * FROM missing_person_alert WHERE (CAST(:status AS text) IS NULL OR status = :status)
                        ORDER BY status, raised_at, id LIMIT :limit""")
                .param("status", status)
                .param("limit", MAX_LISTED)
                .query(MissingPersonAlerts::alert)
                .list();
    }

    Optional<MissingPersonAlert> lock(UUID id) {
        return jdbc.sql("SELECT * FROM missing_person_alert WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(MissingPersonAlerts::alert)
                .optional();
    }

    void resolve(UUID id, String note, Instant at, String actor) {
        jdbc.sql("""
                        UPDATE missing_person_alert SET status = 'RESOLVED', resolved_at = :at, resolved_by = :actor,
                            resolution_note = :note WHERE id = :id AND status = 'OPEN'""")
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("note", note)
                .param("id", id)
                .update();
    }

    private static MissingPersonAlert alert(ResultSet rs, int row) throws SQLException {
        return new MissingPersonAlert(
                rs.getObject("id", UUID.class),
                rs.getObject("movement_id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("individual_id", UUID.class),
                rs.getString("departure_point"),
                rs.getString("crossing_code"),
                rs.getString("vehicle_label"),
                BoardingManifest.instant(rs, "last_seen_at"),
                BoardingManifest.instant(rs, "raised_at"),
                rs.getString("status"),
                BoardingManifest.instant(rs, "resolved_at"),
                rs.getString("resolved_by"),
                rs.getString("resolution_note"));
    }
}
