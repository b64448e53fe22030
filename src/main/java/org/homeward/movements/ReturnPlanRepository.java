package org.homeward.movements;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores return plans and their targets. */
@Repository
class ReturnPlanRepository {

    private final JdbcClient jdbc;

    ReturnPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM return_plan WHERE lower(name) = lower(:name)")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID id, String name, LocalDate startsOn, LocalDate endsOn, String actor, java.time.Instant now) {
        jdbc.sql("""
                        INSERT INTO return_plan (id, name, starts_on, ends_on, created_by, created_at)
                        VALUES (:id, :name, :startsOn, :endsOn, :actor, :now)""")
                .param("id", id)
                .param("name", name)
                .param("startsOn", Date.valueOf(startsOn))
                .param("endsOn", Date.valueOf(endsOn))
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .update();
    }

    void upsertTarget(UUID planId, PlanTarget target) {
        jdbc.sql("""
                        INSERT INTO return_plan_target (plan_id, asylum_country, month, crossing_code, persons)
                        VALUES (:plan, :country, :month, :crossing, :persons)
                        ON CONFLICT (plan_id, asylum_country, month, crossing_code) DO UPDATE SET persons = excluded.persons""")
                .param("plan", planId)
                .param("country", target.asylumCountry())
                .param("month", Date.valueOf(target.month() + "-01"))
                .param("crossing", target.crossingCode())
                .param("persons", target.persons())
                .update();
    }

    List<ReturnPlan> all() {
        return jdbc.sql("SELECT * FROM return_plan ORDER BY starts_on DESC, name")
                .query((rs, row) -> plan(rs, List.of()))
                .list();
    }

    Optional<ReturnPlan> find(UUID id) {
        return jdbc.sql("SELECT * FROM return_plan WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> plan(rs, targets(id)))
                .optional();
    }

    List<PlanTarget> targets(UUID planId) {
        return jdbc.sql("""
                        SELECT asylum_country, to_char(month, 'YYYY-MM') AS month, crossing_code, persons
                        FROM return_plan_target WHERE plan_id = :plan ORDER BY month, asylum_country, crossing_code""")
                .param("plan", planId)
                .query((rs, row) -> new PlanTarget(
                        rs.getString("asylum_country"),
                        rs.getString("month"),
                        rs.getString("crossing_code"),
                        rs.getInt("persons")))
                .list();
    }

    private static ReturnPlan plan(java.sql.ResultSet rs, List<PlanTarget> targets) throws java.sql.SQLException {
        return new ReturnPlan(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                targets);
    }
}
