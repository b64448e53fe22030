package org.homeward.reception;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the households expected in a span of days from the registry's contract views, in
 * one query: the registry's service finds households one at a time, which is too slow for a
 * national forecast.
 */
@Repository
class PlannedArrivals {

    private static final String EXPECTED = """
            FROM registry_household_v h JOIN registry_individual_v i ON i.household_id = h.id
            WHERE h.journey_status IN ('INTENDING', 'REGISTERED', 'IN_TRANSIT')
              AND h.planned_date BETWEEN :from AND :to
              AND NOT EXISTS (SELECT 1 FROM reception_stay s WHERE s.household_id = h.id AND s.ended_at IS NULL)
            GROUP BY h.id, h.reference, h.destination_pcode, h.planned_date, h.journey_status""";
    private static final String ARRIVAL_COLUMNS = """
            h.id, h.reference, h.destination_pcode, h.planned_date, h.journey_status, count(*)::integer AS persons,
            bool_or(i.specific_needs && ARRAY['DISABILITY', 'NEEDS_ACCESSIBLE_SHELTER']::text[]) AS accessible""";
    private final JdbcClient jdbc;

    PlannedArrivals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The households expected from the first day to the last, both included. */
    List<PlannedArrival> between(LocalDate first, LocalDate last) {
        return jdbc.sql("SELECT " + ARRIVAL_COLUMNS + " " + EXPECTED)
                .param("from", Date.valueOf(first))
                .param("to", Date.valueOf(last))
                .query((rs, n) -> arrival(rs))
                .list();
    }

    /** The households expected on the day, with the principal's name, ordered by reference. */
    List<ExpectedHousehold> on(LocalDate day) {
        return jdbc.sql("SELECT " + ARRIVAL_COLUMNS + """
                        , max(concat_ws(' ', i.given_name_ar, i.father_name_ar, i.grandfather_name_ar, i.family_name_ar))
                              FILTER (WHERE i.principal) AS principal_ar,
                          max(concat_ws(' ', i.given_name_latin, i.father_name_latin, i.grandfather_name_latin,
                              i.family_name_latin)) FILTER (WHERE i.principal) AS principal_latin
                        """ + EXPECTED + " ORDER BY h.reference")
                .param("from", Date.valueOf(day))
                .param("to", Date.valueOf(day))
                .query((rs, n) -> new ExpectedHousehold(
                        arrival(rs), rs.getString("principal_ar"), rs.getString("principal_latin")))
                .list();
    }

    private static PlannedArrival arrival(ResultSet rs) throws SQLException {
        return new PlannedArrival(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("destination_pcode"),
                rs.getDate("planned_date").toLocalDate(),
                rs.getString("journey_status"),
                rs.getInt("persons"),
                rs.getBoolean("accessible"));
    }
}
