package org.homeward.movements;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the persons of a plan's households whose decision to return stands: recorded and not
 * withdrawn. Only the persons who decide have a record (adults, and children on their own), so the
 * stage counts them and not their children; whether every member who must decide has decided is the
 * departure check's question, judged on the departure day with each person's age on that day.
 *
 * <p>A plan's households are those on its movements (still on, or not come on the day) and those
 * whose current intention counts for it ({@link IntentionFunnelSource}). A household on a movement
 * counts in that movement's cell (country, month, crossing and week of departure); one only
 * intending counts in its intention's cell. Each household counts once.
 *
 * <p>The query starts from the decisions that stand and looks up each deciding household's place on
 * the plan by index, so its cost follows the number of decisions, not the size of the plan's manifests.
 */
@Component
class VoluntarinessFunnelSource implements FunnelStageSource {

    private final JdbcClient jdbc;

    VoluntarinessFunnelSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<FunnelStage> stages() {
        return Set.of(FunnelStage.VOLUNTARINESS_RECORDED);
    }

    @Override
    public List<StageCount> count(ReturnPlan plan) {
        return jdbc.sql("WITH " + IntentionFunnelSource.INTENDING_HOUSEHOLDS + """
                        , decided AS (
                            SELECT household_id, count(*) AS persons FROM voluntariness_record
                            WHERE withdrawn_at IS NULL GROUP BY household_id),
                        plan_households AS (
                            SELECT d.persons, coalesce(s.country, i.country) AS country, coalesce(s.month, i.month) AS month,
                                   CASE WHEN s.month IS NULL THEN '' ELSE s.crossing END AS crossing,
                                   CASE WHEN s.month IS NULL THEN '' ELSE s.week END AS week
                            FROM decided d
                            LEFT JOIN LATERAL (
                                SELECT coalesce(m.asylum_country, '') AS country, to_char(m.departs_on, 'YYYY-MM') AS month,
                                       m.crossing_code AS crossing, to_char(m.departs_on, 'IYYY-"W"IW') AS week
                                FROM manifest_household h JOIN movement m ON m.id = h.movement_id
                                WHERE h.household_id = d.household_id AND m.plan_id = :plan AND m.status <> 'CANCELLED'
                                  AND (h.removal_reason IS NULL OR h.removal_reason = 'NO_SHOW')
                                ORDER BY m.departs_on DESC, h.added_at DESC LIMIT 1) AS s ON true
                            LEFT JOIN intending i ON i.household_id = d.household_id
                            WHERE s.month IS NOT NULL OR i.household_id IS NOT NULL)
                        SELECT country, month, crossing, week, sum(persons) AS persons
                        FROM plan_households
                        GROUP BY 1, 2, 3, 4""")
                .param("starts", plan.startsOn())
                .param("ends", plan.endsOn())
                .param("plan", plan.id())
                .query((rs, row) -> new StageCount(
                        FunnelStage.VOLUNTARINESS_RECORDED,
                        rs.getString("country"),
                        rs.getString("month"),
                        rs.getString("crossing"),
                        rs.getString("week"),
                        rs.getLong("persons")))
                .list();
    }
}
