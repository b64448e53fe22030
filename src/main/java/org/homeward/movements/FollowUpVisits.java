package org.homeward.movements;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored follow-up visits: scheduled on arrival, listed when due, recorded once made, counted. */
@Repository
class FollowUpVisits {

    static final List<Integer> MONTHS_AFTER = List.of(3, 6);
    private final JdbcClient jdbc;

    FollowUpVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The visits at 3 and 6 months for a household that arrived; scheduling twice changes nothing. */
    void schedule(UUID householdId, UUID movementId, LocalDate arrivedOn, int persons) {
        for (int months : MONTHS_AFTER) {
            jdbc.sql("""
                            INSERT INTO follow_up_visit (id, household_id, movement_id, months_after, arrived_on, due_on, persons)
                            VALUES (:id, :household, :movement, :months, :arrived, :due, :persons)
                            ON CONFLICT (movement_id, household_id, months_after) DO NOTHING""")
                    .param("id", UUID.randomUUID())
                    .param("household", householdId)
                    .param("movement", movementId)
                    .param("months", months)
                    .param("arrived", Date.valueOf(arrivedOn))
                    .param("due", Date.valueOf(arrivedOn.plusMonths(months)))
                    .param("persons", persons)
                    .update();
        }
    }

    /** Visits not yet made that are due on or before the day, the soonest first. */
    List<FollowUpVisit> due(LocalDate until, int limit) {
        return jdbc.sql("""
                        SELECT * FROM follow_up_visit WHERE outcome IS NULL AND due_on <= :until
                        ORDER BY due_on, id LIMIT :limit""")
                .param("until", Date.valueOf(until))
                .param("limit", limit)
                .query(FollowUpVisits::visit)
                .list();
    }

    List<FollowUpVisit> ofHousehold(UUID householdId) {
        return jdbc.sql("SELECT * FROM follow_up_visit WHERE household_id = :household ORDER BY due_on, id")
                .param("household", householdId)
                .query(FollowUpVisits::visit)
                .list();
    }

    Optional<FollowUpVisit> lock(UUID id) {
        return jdbc.sql("SELECT * FROM follow_up_visit WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(FollowUpVisits::visit)
                .optional();
    }

    void record(
            UUID id,
            FollowUpOutcome outcome,
            String displacedTo,
            FollowUpDisplacementReason reason,
            String note,
            LocalDate visitedOn,
            Instant at,
            String actor) {
        jdbc.sql("""
                        UPDATE follow_up_visit SET outcome = :outcome, displaced_to_pcode = :displacedTo,
                            displacement_reason = :reason, note = :note, visited_on = :visited, recorded_by = :actor,
                            recorded_at = :at
                        WHERE id = :id AND outcome IS NULL""")
                .param("outcome", outcome.name())
                .param("displacedTo", displacedTo)
                .param("reason", reason == null ? null : reason.name())
                .param("note", note)
                .param("visited", Date.valueOf(visitedOn))
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /**
     * The figures of one plan's movements (every movement when the plan is null). A household
     * displaced again or not found at either visit counts once.
     */
    FollowUpFigures figures(UUID planId, LocalDate today) {
        return jdbc.sql("""
                        WITH visits AS (
                            SELECT v.* FROM follow_up_visit v JOIN movement m ON m.id = v.movement_id
                            WHERE CAST(:plan AS uuid) IS NULL OR m.plan_id = :plan),
                        households AS (
                            SELECT movement_id, household_id, max(persons) AS persons,
                                bool_or(outcome = 'DISPLACED_AGAIN') AS displaced, bool_or(outcome = 'NOT_FOUND') AS lost
                            FROM visits GROUP BY movement_id, household_id)
                        SELECT
                            (SELECT coalesce(sum(persons), 0) FROM visits WHERE months_after = 3 AND outcome = 'AT_HOME') AS home3,
                            (SELECT coalesce(sum(persons), 0) FROM visits WHERE months_after = 6 AND outcome = 'AT_HOME') AS home6,
                            (SELECT coalesce(sum(persons), 0) FROM households WHERE displaced) AS displaced,
                            (SELECT coalesce(sum(persons), 0) FROM households WHERE lost AND NOT coalesce(displaced, false)) AS lost,
                            (SELECT count(*) FROM visits WHERE outcome IS NULL AND due_on <= :today) AS due""")
                .param("plan", planId)
                .param("today", Date.valueOf(today))
                .query((rs, row) -> new FollowUpFigures(
                        rs.getLong("home3"),
                        rs.getLong("home6"),
                        rs.getLong("displaced"),
                        rs.getLong("lost"),
                        rs.getLong("due")))
                .single();
    }

    private static FollowUpVisit visit(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        String reason = rs.getString("displacement_reason");
        Date visited = rs.getDate("visited_on");
        return new FollowUpVisit(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("movement_id", UUID.class),
                rs.getInt("months_after"),
                rs.getDate("arrived_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                rs.getInt("persons"),
                outcome == null ? null : FollowUpOutcome.valueOf(outcome),
                rs.getString("displaced_to_pcode"),
                reason == null ? null : FollowUpDisplacementReason.valueOf(reason),
                rs.getString("note"),
                visited == null ? null : visited.toLocalDate(),
                rs.getString("recorded_by"),
                BoardingManifest.instant(rs, "recorded_at"));
    }
}
