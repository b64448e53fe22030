package org.homeward.movements;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what scheduling a plan's week needs from this feature's own tables: intentions, manifests, targets used. */
@Repository
class ScheduleRepository {

    /** A household whose latest intention is to return within a period that reaches the week. */
    record Intending(UUID householdId, LocalDate statedOn) {}

    /** Persons scheduled on the plan in one country, month and crossing. */
    record Scheduled(String asylumCountry, LocalDate month, String crossingCode, long persons) {}

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the plan's row, so that two schedulings of one plan take turns. */
    void lockPlan(UUID planId) {
        jdbc.sql("SELECT id FROM return_plan WHERE id = :plan FOR UPDATE")
                .param("plan", planId)
                .query(UUID.class)
                .list();
    }

    /**
     * Households from the given countries whose latest intention is to return within 3 or 12 months of
     * a day that is not after the week and whose period reaches it, and that are on no open manifest;
     * earliest intention first.
     */
    List<Intending> intending(Collection<String> countries, LocalDate weekStartsOn, LocalDate weekEndsOn) {
        return jdbc.sql("""
                        SELECT i.household_id, i.stated_on
                        FROM (SELECT DISTINCT ON (household_id) household_id, stated_on, intention, asylum_country
                              FROM return_intention ORDER BY household_id, stated_on DESC, id DESC) i
                        WHERE i.intention IN ('WITHIN_3_MONTHS', 'WITHIN_12_MONTHS')
                          AND i.asylum_country = ANY(:countries)
                          AND i.stated_on <= :weekEnd
                          AND i.stated_on + CASE i.intention WHEN 'WITHIN_3_MONTHS' THEN interval '3 months'
                                                            ELSE interval '12 months' END >= :weekStart
                          AND NOT EXISTS (SELECT 1 FROM manifest_household m WHERE m.household_id = i.household_id AND m.open)
                        ORDER BY i.stated_on, i.household_id""")
                .param("countries", countries.toArray(String[]::new))
                .param("weekStart", Date.valueOf(weekStartsOn))
                .param("weekEnd", Date.valueOf(weekEndsOn))
                .query((rs, row) -> new Intending(
                        rs.getObject("household_id", UUID.class),
                        rs.getDate("stated_on").toLocalDate()))
                .list();
    }

    /** Persons scheduled on the plan's movements so far, as the funnel counts them (a no-show was scheduled). */
    List<Scheduled> scheduled(UUID planId) {
        List<Scheduled> scheduled = new ArrayList<>();
        jdbc.sql("""
                        SELECT coalesce(m.asylum_country, '') AS country, date_trunc('month', m.departs_on)::date AS month,
                               m.crossing_code, count(*) AS persons
                        FROM movement m
                        JOIN manifest_household h ON h.movement_id = m.id
                        JOIN manifest_person p ON p.movement_id = h.movement_id AND p.household_id = h.household_id
                        WHERE m.plan_id = :plan AND m.status <> 'CANCELLED' AND p.travels
                          AND (h.removal_reason IS NULL OR h.removal_reason = 'NO_SHOW')
                        GROUP BY 1, 2, 3""").param("plan", planId).query(rs -> {
            scheduled.add(new Scheduled(
                    rs.getString("country"),
                    rs.getDate("month").toLocalDate(),
                    rs.getString("crossing_code"),
                    rs.getLong("persons")));
        });
        return scheduled;
    }
}
