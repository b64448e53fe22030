package org.homeward.movements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts what the follow-up visits found of the persons a plan brought home: at home at the visit 3
 * months after arriving, at home at the visit 6 months after, and displaced again, the loss shown
 * beside them. A household found displaced again at either visit counts once as displaced, as in
 * {@link FollowUpService#figures}; visits not yet made count nowhere. Persons count in the cell of
 * the movement they came home with, like the stages of its manifest.
 */
@Component
class FollowUpFunnelSource implements FunnelStageSource {

    private final JdbcClient jdbc;

    FollowUpFunnelSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<FunnelStage> stages() {
        return Set.of(FunnelStage.AT_HOME_3_MONTHS, FunnelStage.AT_HOME_6_MONTHS, FunnelStage.DISPLACED_AGAIN);
    }

    @Override
    public List<StageCount> count(ReturnPlan plan) {
        List<StageCount> counts = new ArrayList<>();
        jdbc.sql("""
                        WITH visited AS (
                            SELECT v.movement_id, v.household_id, max(v.persons) AS persons,
                                   bool_or(v.months_after = 3 AND v.outcome = 'AT_HOME') AS home3,
                                   bool_or(v.months_after = 6 AND v.outcome = 'AT_HOME') AS home6,
                                   bool_or(v.outcome = 'DISPLACED_AGAIN') AS displaced
                            FROM follow_up_visit v JOIN movement m ON m.id = v.movement_id
                            WHERE m.plan_id = :plan AND v.outcome IS NOT NULL
                            GROUP BY v.movement_id, v.household_id)
                        SELECT coalesce(m.asylum_country, '') AS country, to_char(m.departs_on, 'YYYY-MM') AS month,
                               m.crossing_code AS crossing, to_char(m.departs_on, 'IYYY-"W"IW') AS week,
                               coalesce(sum(v.persons) FILTER (WHERE v.home3), 0) AS home3,
                               coalesce(sum(v.persons) FILTER (WHERE v.home6), 0) AS home6,
                               coalesce(sum(v.persons) FILTER (WHERE v.displaced), 0) AS displaced
                        FROM visited v JOIN movement m ON m.id = v.movement_id
                        GROUP BY 1, 2, 3, 4""").param("plan", plan.id()).query(rs -> {
            String country = rs.getString("country");
            String month = rs.getString("month");
            String crossing = rs.getString("crossing");
            String week = rs.getString("week");
            add(
                    counts,
                    new StageCount(FunnelStage.AT_HOME_3_MONTHS, country, month, crossing, week, rs.getLong("home3")));
            add(
                    counts,
                    new StageCount(FunnelStage.AT_HOME_6_MONTHS, country, month, crossing, week, rs.getLong("home6")));
            add(
                    counts,
                    new StageCount(
                            FunnelStage.DISPLACED_AGAIN, country, month, crossing, week, rs.getLong("displaced")));
        });
        return counts;
    }

    private static void add(List<StageCount> counts, StageCount count) {
        if (count.persons() > 0) {
            counts.add(count);
        }
    }
}
