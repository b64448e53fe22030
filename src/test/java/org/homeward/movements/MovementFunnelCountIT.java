package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-movement funnel counts kept by the manifest triggers (V36) equal a straightforward count of
 * the manifest rows after a mix of writes: households added in bulk and one by one, persons boarded,
 * arrived and not shown, households withdrawn, taken off, moved to another movement, persons deleted.
 */
@HomewardTest
class MovementFunnelCountIT {

    private static final String DIRECT_COUNT = """
            SELECT m.id AS movement,
                   count(p.individual_id) FILTER (WHERE p.travels AND (h.removal_reason IS NULL OR h.removal_reason = 'NO_SHOW')) AS scheduled,
                   count(p.individual_id) FILTER (WHERE p.boarding = 'BOARDED') AS boarded,
                   count(p.individual_id) FILTER (WHERE p.arrival = 'ARRIVED') AS arrived,
                   count(p.individual_id) FILTER (WHERE p.travels AND h.removal_reason = 'WITHDRAWN') AS withdrawn,
                   count(p.individual_id) FILTER (WHERE p.travels AND (p.boarding = 'NO_SHOW' OR h.removal_reason = 'NO_SHOW')) AS no_show
            FROM movement m
            LEFT JOIN manifest_household h ON h.movement_id = m.id
            LEFT JOIN manifest_person p ON p.movement_id = h.movement_id AND p.household_id = h.household_id
            WHERE m.plan_id = :plan
            GROUP BY m.id ORDER BY m.id""";

    private static final String KEPT_COUNT = """
            SELECT m.id AS movement, coalesce(c.scheduled, 0) AS scheduled, coalesce(c.boarded, 0) AS boarded,
                   coalesce(c.arrived, 0) AS arrived, coalesce(c.withdrawn, 0) AS withdrawn, coalesce(c.no_show, 0) AS no_show
            FROM movement m LEFT JOIN movement_funnel_count c ON c.movement_id = m.id
            WHERE m.plan_id = :plan ORDER BY m.id""";

    @Autowired
    ReturnPlanService plans;

    @Autowired
    PlanFunnel funnel;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keptCountsEqualADirectCountAfterAMixOfWrites() {
        UUID plan = plans.create(
                        new CreatePlanRequest(
                                "Kept counts",
                                "2031-01-01",
                                "2031-12-31",
                                List.of(new PlanTarget("LBN", "2031-03", "", 100))),
                        "test")
                .id();
        UUID first = movement(plan, "2031-03-03");
        UUID second = movement(plan, "2031-03-10");
        UUID third = movement(plan, "2031-03-17");
        String tag = plan.toString();
        jdbc.sql("""
                        INSERT INTO manifest_household (movement_id, household_id, destination_pcode, open, added_at, added_by)
                        SELECT CASE WHEN g % 2 = 0 THEN CAST(:first AS uuid) ELSE CAST(:second AS uuid) END,
                               md5(:tag || 'h' || g)::uuid, 'SY020000', true, now(), 'test'
                        FROM generate_series(0, 9) AS g""")
                .param("first", first)
                .param("second", second)
                .param("tag", tag)
                .update();
        jdbc.sql("""
                        INSERT INTO manifest_person (movement_id, household_id, individual_id)
                        SELECT CASE WHEN g % 2 = 0 THEN CAST(:first AS uuid) ELSE CAST(:second AS uuid) END,
                               md5(:tag || 'h' || g)::uuid, md5(:tag || 'i' || g || '-' || n)::uuid
                        FROM generate_series(0, 9) AS g, generate_series(0, g % 4) AS n""")
                .param("first", first)
                .param("second", second)
                .param("tag", tag)
                .update();
        assertSame(plan);

        jdbc.sql(
                        "UPDATE manifest_person SET travels = false, stays_reason = 'stays' WHERE individual_id = md5(:tag || 'i3-3')::uuid")
                .param("tag", tag)
                .update();
        jdbc.sql("""
                        UPDATE manifest_person SET boarding = 'BOARDED', boarded_at = now()
                        WHERE movement_id = :first AND household_id <> md5(:tag || 'h4')::uuid""").param("first", first).param("tag", tag).update();
        jdbc.sql(
                        "UPDATE manifest_person SET arrival = 'ARRIVED', arrived_at = now() WHERE movement_id = :first AND boarding = 'BOARDED' AND household_id <> md5(:tag || 'h2')::uuid")
                .param("first", first)
                .param("tag", tag)
                .update();
        jdbc.sql("UPDATE manifest_person SET boarding = 'NO_SHOW' WHERE household_id = md5(:tag || 'h4')::uuid")
                .param("tag", tag)
                .update();
        assertSame(plan);

        remove(tag, 1, "WITHDRAWN");
        remove(tag, 5, "NO_SHOW");
        remove(tag, 7, "REMOVED_BY_OFFICER");
        assertSame(plan);

        // household 9 moves to the third movement: taken off the second, added to the third
        remove(tag, 9, "MOVED");
        jdbc.sql("""
                        INSERT INTO manifest_household (movement_id, household_id, destination_pcode, open, added_at, added_by)
                        VALUES (:third, md5(:tag || 'h9')::uuid, 'SY020000', true, now(), 'test')""").param("third", third).param("tag", tag).update();
        jdbc.sql("""
                        INSERT INTO manifest_person (movement_id, household_id, individual_id)
                        SELECT :third, household_id, individual_id FROM manifest_person WHERE movement_id = :second
                          AND household_id = md5(:tag || 'h9')::uuid""")
                .param("third", third)
                .param("second", second)
                .param("tag", tag)
                .update();
        jdbc.sql("DELETE FROM manifest_person WHERE individual_id = md5(:tag || 'i3-0')::uuid")
                .param("tag", tag)
                .update();
        assertSame(plan);

        Map<FunnelStage, Long> totals = funnel.of(plan).totals();
        long directScheduled = jdbc.sql("SELECT sum(scheduled) FROM (" + DIRECT_COUNT + ") d")
                .param("plan", plan)
                .query(Long.class)
                .single();
        assertThat(totals.get(FunnelStage.SCHEDULED)).isEqualTo(directScheduled).isPositive();
        assertThat(totals.get(FunnelStage.WITHDRAWN)).isPositive();
        assertThat(totals.get(FunnelStage.NO_SHOW)).isPositive();
        assertThat(totals.get(FunnelStage.ARRIVED)).isPositive();
    }

    private void remove(String tag, int household, String reason) {
        jdbc.sql("""
                        UPDATE manifest_household SET open = false, removed_at = now(), removed_by = 'test', removal_reason = :reason
                        WHERE household_id = md5(:tag || 'h' || :household)::uuid""")
                .param("reason", reason)
                .param("tag", tag)
                .param("household", household)
                .update();
    }

    private void assertSame(UUID plan) {
        List<Map<String, Object>> direct =
                jdbc.sql(DIRECT_COUNT).param("plan", plan).query().listOfRows();
        List<Map<String, Object>> kept =
                jdbc.sql(KEPT_COUNT).param("plan", plan).query().listOfRows();
        assertThat(kept).hasSize(3).isEqualTo(direct);
    }

    private UUID movement(UUID plan, String day) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO movement (id, plan_id, kind, departs_on, departure_point, asylum_country, crossing_code,
                            destination_kind, status, created_by, created_at)
                        VALUES (:id, :plan, 'ORGANISED_RETURN', :day, 'Test point', 'LBN', 'MASNAA', 'HOME', 'PLANNED', 'test', now())""")
                .param("id", id)
                .param("plan", plan)
                .param("day", Date.valueOf(LocalDate.parse(day)))
                .update();
        return id;
    }
}
