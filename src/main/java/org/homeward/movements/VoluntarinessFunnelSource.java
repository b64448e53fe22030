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
                        , scheduled AS (
                            SELECT DISTINCT ON (h.household_id) h.household_id, coalesce(m.asylum_country, '') AS country,
                                   to_char(m.departs_on, 'YYYY-MM') AS month, m.crossing_code AS crossing,
                                   to_char(m.departs_on, 'IYYY-"W"IW') AS week
                            FROM manifest_household h JOIN movement m ON m.id = h.movement_id
                            WHERE m.plan_id = :plan AND m.status <> 'CANCELLED'
                              AND (h.removal_reason IS NULL OR h.removal_reason = 'NO_SHOW')
                            ORDER BY h.household_id, m.departs_on DESC, h.added_at DESC),
                        plan_households AS (
                            SELECT household_id, country, month, crossing, week FROM scheduled
                            UNION ALL
                            SELECT i.household_id, i.country, i.month, '', '' FROM intending i
                            WHERE NOT EXISTS (SELECT 1 FROM scheduled s WHERE s.household_id = i.household_id))
                        SELECT p.country, p.month, p.crossing, p.week, count(*) AS persons
                        FROM plan_households p
                        JOIN voluntariness_record r ON r.household_id = p.household_id AND r.withdrawn_at IS NULL
                        GROUP BY 1, 2, 3, 4""")
                .param("starts", plan.startsOn()).param("ends", plan.endsOn()).param("plan", plan.id())
                .query((rs, row) -> new StageCount(FunnelStage.VOLUNTARINESS_RECORDED, rs.getString("country"),
                        rs.getString("month"), rs.getString("crossing"), rs.getString("week"), rs.getLong("persons")))
                .list();
    }
}
