package org.homeward.movements;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a re-confirmation needs to know of a movement: its day, its state and who travels on it. */
@Repository
class VoluntarinessMovements {

    private final JdbcClient jdbc;

    VoluntarinessMovements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A movement's departure day and status. */
    record MovementDay(UUID id, LocalDate departsOn, String status) {}

    Optional<MovementDay> find(UUID movementId) {
        return jdbc.sql("SELECT id, departs_on, status FROM movement WHERE id = :id")
                .param("id", movementId)
                .query((rs, n) -> new MovementDay(
                        rs.getObject("id", UUID.class),
                        rs.getObject("departs_on", LocalDate.class),
                        rs.getString("status")))
                .optional();
    }

    /**
     * The planned movement the household is on, leaving soonest, so that the page can offer it for
     * the re-confirmation instead of asking the officer to type its id.
     */
    Optional<UUID> plannedFor(UUID householdId) {
        return jdbc.sql("""
                        SELECT m.id FROM movement m JOIN manifest_household h ON h.movement_id = m.id
                        WHERE h.household_id = :household AND h.open AND m.status = 'PLANNED'
                        ORDER BY m.departs_on, m.id LIMIT 1""").param("household", householdId).query(UUID.class).optional();
    }

    /** Whether the person travels with their household on the movement's open manifest. */
    boolean travels(UUID movementId, UUID householdId, UUID individualId) {
        return jdbc.sql("""
                        SELECT count(*) FROM manifest_person p JOIN manifest_household h
                            ON h.movement_id = p.movement_id AND h.household_id = p.household_id
                        WHERE p.movement_id = :movement AND p.household_id = :household
                            AND p.individual_id = :individual AND p.travels AND h.open""")
                        .param("movement", movementId)
                        .param("household", householdId)
                        .param("individual", individualId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
