package org.homeward.movements;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores coordinators' decisions on amber verdicts; append only. */
@Repository
class DepartureDecisionRepository {

    private final JdbcClient jdbc;

    DepartureDecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID movementId, UUID householdId, String check, String reason, Instant now, String actor) {
        jdbc.sql("""
                        INSERT INTO departure_decision (movement_id, household_id, check_name, reason, household_acknowledged,
                            decided_by, decided_at)
                        VALUES (:movement, :household, :check, :reason, true, :actor, :now)""")
                .param("movement", movementId)
                .param("household", householdId)
                .param("check", check)
                .param("reason", reason)
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** For each household of the movement, the checks decided. */
    Map<UUID, Set<String>> decidedChecks(UUID movementId) {
        Map<UUID, Set<String>> decided = new HashMap<>();
        jdbc.sql("SELECT household_id, check_name FROM departure_decision WHERE movement_id = :movement")
                .param("movement", movementId)
                .query(rs -> {
                    decided.computeIfAbsent(rs.getObject("household_id", UUID.class), id -> new HashSet<>())
                            .add(rs.getString("check_name"));
                });
        return decided;
    }
}
