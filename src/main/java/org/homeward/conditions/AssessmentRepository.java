package org.homeward.conditions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored assessments: read by area, added to by imports, never changed. */
@Repository
class AssessmentRepository {

    private static final String COLUMNS = "subdistrict_pcode, community_pcode, indicator, value, source_organisation,"
            + " assessed_on, method, confidence";
    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every value ever recorded for one sub-district, oldest first. */
    List<Assessment> forArea(String subdistrictPcode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM area_assessment WHERE subdistrict_pcode = :area"
                        + " ORDER BY assessed_on, indicator, source_organisation")
                .param("area", subdistrictPcode)
                .query(AssessmentRepository::assessment)
                .list();
    }

    /** Every value of the given sub-districts. */
    List<Assessment> forAreas(Collection<String> subdistrictPcodes) {
        if (subdistrictPcodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM area_assessment WHERE subdistrict_pcode IN (:areas)")
                .param("areas", subdistrictPcodes)
                .query(AssessmentRepository::assessment)
                .list();
    }

    /** Every value recorded, oldest first: the map judges all areas at once. */
    List<Assessment> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM area_assessment ORDER BY subdistrict_pcode, assessed_on")
                .query(AssessmentRepository::assessment)
                .list();
    }

    /** Adds the values not recorded yet; answers how many were new. */
    int add(List<Assessment> assessments, String actor, Instant at) {
        int added = 0;
        for (Assessment assessment : assessments) {
            added += jdbc.sql("INSERT INTO area_assessment (id, " + COLUMNS + ", imported_by, imported_at)"
                            + " VALUES (:id, :area, :community, :indicator, :value, :source, :on, :method, :confidence,"
                            + " :actor, :at) ON CONFLICT ON CONSTRAINT area_assessment_once DO NOTHING")
                    .param("id", UUID.randomUUID())
                    .param("area", assessment.subdistrictPcode())
                    .param("community", assessment.communityPcode().isEmpty() ? null : assessment.communityPcode())
                    .param("indicator", assessment.indicator())
                    .param("value", assessment.value())
                    .param("source", assessment.sourceOrganisation())
                    .param("on", assessment.assessedOn())
                    .param("method", assessment.method().name())
                    .param("confidence", assessment.confidence().name())
                    .param("actor", actor)
                    .param("at", at.atOffset(ZoneOffset.UTC))
                    .update();
        }
        return added;
    }

    /** How many values are stored. */
    long count() {
        return jdbc.sql("SELECT count(*) FROM area_assessment")
                .query(Long.class)
                .single();
    }

    private static Assessment assessment(ResultSet row, int number) throws SQLException {
        BigDecimal value = row.getBigDecimal("value");
        LocalDate on = row.getObject("assessed_on", LocalDate.class);
        return new Assessment(
                row.getString("subdistrict_pcode"),
                row.getString("community_pcode"),
                row.getString("indicator"),
                value,
                row.getString("source_organisation"),
                on,
                AssessmentMethod.valueOf(row.getString("method")),
                Confidence.valueOf(row.getString("confidence")));
    }
}
