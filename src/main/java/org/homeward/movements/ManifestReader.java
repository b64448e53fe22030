package org.homeward.movements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what a printed manifest or a slip needs from the movement tables: the movement, its
 * vehicles, and who travels on it in which vehicle. Households are named by id only; their people
 * come from the registry's service.
 */
@Repository
class ManifestReader {

    private final JdbcClient jdbc;

    ManifestReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A movement as its manifest's header shows it. */
    record MovementHeader(
            UUID id,
            MovementKind kind,
            LocalDate departsOn,
            LocalDate returnsOn,
            String departurePoint,
            String crossingCode,
            String destinationKind,
            String status) {}

    /** A vehicle of a movement with its seats. */
    record Vehicle(String label, int seats, int accessibleSeats) {}

    /** A person travelling on a movement, in the order the manifest lists them. */
    record Seat(
            UUID householdId,
            String destinationPcode,
            UUID individualId,
            String vehicleLabel,
            boolean accessibleSeat) {}

    /** The movement a household is on and has not left yet. */
    record UpcomingMovement(UUID movementId, LocalDate departsOn, String crossingCode) {}

    Optional<MovementHeader> movement(UUID id) {
        return jdbc.sql("""
                        SELECT id, kind, departs_on, returns_on, departure_point, crossing_code, destination_kind, status
                        FROM movement WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new MovementHeader(
                        rs.getObject("id", UUID.class),
                        MovementKind.valueOf(rs.getString("kind")),
                        rs.getObject("departs_on", LocalDate.class),
                        rs.getObject("returns_on", LocalDate.class),
                        rs.getString("departure_point"),
                        rs.getString("crossing_code"),
                        rs.getString("destination_kind"),
                        rs.getString("status")))
                .optional();
    }

    List<Vehicle> vehicles(UUID movementId) {
        return jdbc.sql(
                        "SELECT label, seats, accessible_seats FROM movement_vehicle WHERE movement_id = :id ORDER BY label")
                .param("id", movementId)
                .query((rs, n) -> new Vehicle(rs.getString("label"), rs.getInt("seats"), rs.getInt("accessible_seats")))
                .list();
    }

    /** Everyone on the movement's open households who travels, by vehicle, then household as added. */
    List<Seat> seats(UUID movementId) {
        return jdbc.sql("""
                        SELECT h.household_id, h.destination_pcode, p.individual_id, p.vehicle_label, p.accessible_seat
                        FROM manifest_household h
                        JOIN manifest_person p ON p.movement_id = h.movement_id AND p.household_id = h.household_id
                        WHERE h.movement_id = :id AND h.open AND p.travels
                        ORDER BY p.vehicle_label NULLS LAST, h.added_at, h.household_id""")
                .param("id", movementId)
                .query((rs, n) -> new Seat(
                        rs.getObject("household_id", UUID.class),
                        rs.getString("destination_pcode"),
                        rs.getObject("individual_id", UUID.class),
                        rs.getString("vehicle_label"),
                        rs.getBoolean("accessible_seat")))
                .list();
    }

    Optional<UpcomingMovement> upcomingFor(UUID householdId) {
        return jdbc.sql("""
                        SELECT m.id, m.departs_on, m.crossing_code FROM manifest_household h
                        JOIN movement m ON m.id = h.movement_id
                        WHERE h.household_id = :household AND h.open AND m.status = 'PLANNED'
                        ORDER BY m.departs_on LIMIT 1""")
                .param("household", householdId)
                .query((rs, n) -> new UpcomingMovement(
                        rs.getObject("id", UUID.class),
                        rs.getObject("departs_on", LocalDate.class),
                        rs.getString("crossing_code")))
                .optional();
    }
}
