package org.homeward.movements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the funnel stages the manifests hold, summed over the plan's movements: persons scheduled
 * (travelling, not taken off — a no-show was scheduled), boarded, arrived, and those lost by
 * withdrawal or not showing up. Each movement's counts are kept in {@code movement_funnel_count} by
 * triggers in the same transaction as every manifest write (V36), so a request sums a few thousand
 * rows rather than joining every person of the plan.
 */
@Component
class ManifestFunnelSource implements FunnelStageSource {

    private final JdbcClient jdbc;

    ManifestFunnelSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<FunnelStage> stages() {
        return Set.of(
                FunnelStage.SCHEDULED,
                FunnelStage.BOARDED,
                FunnelStage.ARRIVED,
                FunnelStage.WITHDRAWN,
                FunnelStage.NO_SHOW);
    }

    @Override
    public List<StageCount> count(ReturnPlan plan) {
        List<StageCount> counts = new ArrayList<>();
        jdbc.sql("""
                        SELECT coalesce(m.asylum_country, '') AS country, to_char(m.departs_on, 'YYYY-MM') AS month,
                               m.crossing_code AS crossing, to_char(m.departs_on, 'IYYY-"W"IW') AS week,
                               sum(c.scheduled) AS scheduled, sum(c.boarded) AS boarded, sum(c.arrived) AS arrived,
                               sum(c.withdrawn) AS withdrawn, sum(c.no_show) AS no_show
                        FROM movement m
                        JOIN movement_funnel_count c ON c.movement_id = m.id
                        WHERE m.plan_id = :plan AND m.status <> 'CANCELLED'
                        GROUP BY 1, 2, 3, 4""").param("plan", plan.id()).query(rs -> {
            String country = rs.getString("country");
            String month = rs.getString("month");
            String crossing = rs.getString("crossing");
            String week = rs.getString("week");
            add(counts, FunnelStage.SCHEDULED, country, month, crossing, week, rs.getLong("scheduled"));
            add(counts, FunnelStage.BOARDED, country, month, crossing, week, rs.getLong("boarded"));
            add(counts, FunnelStage.ARRIVED, country, month, crossing, week, rs.getLong("arrived"));
            add(counts, FunnelStage.WITHDRAWN, country, month, crossing, week, rs.getLong("withdrawn"));
            add(counts, FunnelStage.NO_SHOW, country, month, crossing, week, rs.getLong("no_show"));
        });
        return counts;
    }

    private static void add(
            List<StageCount> counts,
            FunnelStage stage,
            String country,
            String month,
            String crossing,
            String week,
            long persons) {
        if (persons > 0) {
            counts.add(new StageCount(stage, country, month, crossing, week, persons));
        }
    }
}
