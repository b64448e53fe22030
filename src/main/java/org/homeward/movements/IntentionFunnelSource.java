package org.homeward.movements;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the first stage of a plan's funnel, persons intending to return, from each household's
 * current intention in one grouped query.
 *
 * <p>An intention to return within 3 (or 12) months, said on a day, means the household is ready
 * to go from that day until 3 (or 12) months later. It counts for a plan when that window meets the
 * plan's period, in the cell of its country of asylum and of the first month of the plan it could
 * go in: the month it was said, or the plan's first month when it was said before the plan began.
 * So the intending persons of a month and those before it are the most a plan could have scheduled
 * by then. An intention knows no crossing and no week. A household whose intention lapsed (its
 * window ended before the plan) or who said anything newer counts by that newer answer alone.
 */
@Component
class IntentionFunnelSource implements FunnelStageSource {

    /**
     * The households whose current intention counts for the plan ({@code :starts}, {@code :ends}),
     * with their country of asylum, persons and month; shared with the voluntariness stage.
     */
    static final String INTENDING_HOUSEHOLDS = """
            intending AS (
                SELECT household_id, coalesce(asylum_country, '') AS country, persons,
                       to_char(greatest(date_trunc('month', stated_on), date_trunc('month', CAST(:starts AS date))), 'YYYY-MM') AS month
                FROM (SELECT DISTINCT ON (household_id) household_id, intention, asylum_country, persons, stated_on
                      FROM return_intention ORDER BY household_id, stated_on DESC, id DESC) AS current
                WHERE intention IN ('WITHIN_3_MONTHS', 'WITHIN_12_MONTHS') AND stated_on <= :ends
                  AND stated_on + CASE intention WHEN 'WITHIN_3_MONTHS' THEN interval '3 months'
                                                 ELSE interval '12 months' END >= :starts)""";

    private final JdbcClient jdbc;

    IntentionFunnelSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<FunnelStage> stages() {
        return Set.of(FunnelStage.INTENDING);
    }

    @Override
    public List<StageCount> count(ReturnPlan plan) {
        return jdbc.sql("WITH " + INTENDING_HOUSEHOLDS + "\n" + """
                         SELECT country, month, sum(persons) AS persons FROM intending GROUP BY 1, 2""")
                .param("starts", plan.startsOn())
                .param("ends", plan.endsOn())
                .query((rs, row) -> new StageCount(
                        FunnelStage.INTENDING,
                        rs.getString("country"),
                        rs.getString("month"),
                        "",
                        "",
                        rs.getLong("persons")))
                .list();
    }
}
