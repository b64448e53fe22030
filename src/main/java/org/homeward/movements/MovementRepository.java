package org.homeward.movements;

import java.sql.Date;
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

/** Stores movements, their vehicles and their history. */
@Repository
class MovementRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MovementRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Movement movement) {
        jdbc.sql("""
                        INSERT INTO movement (id, plan_id, kind, departs_on, returns_on, departure_point, asylum_country,
                            crossing_code, destination_kind, created_by, created_at)
                        VALUES (:id, :plan, :kind, :departsOn, :returnsOn, :point, :country, :crossing, :destination,
                            :actor, :now)""")
                .param("id", movement.id())
                .param("plan", movement.planId())
                .param("kind", movement.kind().name())
                .param("departsOn", Date.valueOf(movement.departsOn()))
                .param("returnsOn", movement.returnsOn() == null ? null : Date.valueOf(movement.returnsOn()))
                .param("point", movement.departurePoint())
                .param("country", movement.asylumCountry())
                .param("crossing", movement.crossingCode())
                .param("destination", movement.destinationKind())
                .param("actor", movement.createdBy())
                .param("now", Timestamp.from(movement.createdAt()))
                .update();
        for (Vehicle vehicle : movement.vehicles()) {
            jdbc.sql("""
                            INSERT INTO movement_vehicle (movement_id, label, seats, accessible_seats)
                            VALUES (:movement, :label, :seats, :accessible)""")
                    .param("movement", movement.id())
                    .param("label", vehicle.label())
                    .param("seats", vehicle.seats())
                    .param("accessible", vehicle.accessibleSeats())
                    .update();
        }
    }

    Optional<Movement> find(UUID id) {
        return jdbc.sql("SELECT * FROM movement WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> movement(rs, vehicles(id)))
                .optional();
    }

    /** The movement, its row locked until the transaction ends, so that departure and manifest changes take turns. */
    Optional<Movement> lock(UUID id) {
        return jdbc.sql("SELECT * FROM movement WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, row) -> movement(rs, vehicles(id)))
                .optional();
    }

    List<Movement> ofPlan(UUID planId) {
        return jdbc.sql("SELECT * FROM movement WHERE plan_id = :plan ORDER BY departs_on, created_at")
                .param("plan", planId)
                .query((rs, row) -> movement(rs, List.of()))
                .list();
    }

    List<Movement> upcoming(int limit) {
        return jdbc.sql("SELECT * FROM movement ORDER BY departs_on DESC, created_at DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> movement(rs, List.of()))
                .list();
    }

    List<Vehicle> vehicles(UUID movementId) {
        return jdbc.sql(
                        "SELECT label, seats, accessible_seats FROM movement_vehicle WHERE movement_id = :id ORDER BY label")
                .param("id", movementId)
                .query((rs, row) ->
                        new Vehicle(rs.getString("label"), rs.getInt("seats"), rs.getInt("accessible_seats")))
                .list();
    }

    int markDeparted(UUID id, int version, Instant now, String actor) {
        return jdbc.sql("""
                        UPDATE movement SET status = 'DEPARTED', departed_at = :now, departed_by = :actor, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'PLANNED'""")
                .param("id", id)
                .param("version", version)
                .param("now", Timestamp.from(now))
                .param("actor", actor)
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

    List<MovementEvent> events(UUID movementId) {
        return jdbc.sql("""
                        SELECT household_id, occurred_at, actor, type, details::text AS details FROM movement_event
                        WHERE movement_id = :movement ORDER BY id""")
                .param("movement", movementId)
                .query((rs, row) -> new MovementEvent(
                        rs.getObject("household_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("type"),
                        rs.getString("details")))
                .list();
    }

    private static Movement movement(ResultSet rs, List<Vehicle> vehicles) throws SQLException {
        Date returnsOn = rs.getDate("returns_on");
        Timestamp departedAt = rs.getTimestamp("departed_at");
        return new Movement(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                MovementKind.valueOf(rs.getString("kind")),
                rs.getDate("departs_on").toLocalDate(),
                returnsOn == null ? null : returnsOn.toLocalDate(),
                rs.getString("departure_point"),
                rs.getString("asylum_country"),
                rs.getString("crossing_code"),
                rs.getString("destination_kind"),
                rs.getString("status"),
                departedAt == null ? null : departedAt.toInstant(),
                rs.getString("departed_by"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"),
                vehicles);
    }
}
