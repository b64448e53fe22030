package org.homeward.allocation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the households waiting for a place from the registry's contract views, in one query:
 * journeys not yet at reception or home, without an open stay, optionally planned within a window.
 * The registry's service finds households one at a time, which is too slow for a national plan.
 */
@Repository
class WaitingHouseholds {

    private static final String SELECT = """
            SELECT h.id, h.reference, h.destination_pcode, h.registered_at, count(DISTINCT i.id)::integer AS persons,
                   bool_or(i.specific_needs && ARRAY['DISABILITY', 'NEEDS_ACCESSIBLE_SHELTER']::text[]) AS accessible,
                   count(DISTINCT need) FILTER (WHERE need IS NOT NULL)::integer AS needs
            FROM registry_household_v h JOIN registry_individual_v i ON i.household_id = h.id
                 LEFT JOIN LATERAL unnest(i.specific_needs) AS need ON true
            WHERE h.journey_status IN ('INTENDING', 'REGISTERED', 'IN_TRANSIT')
              AND NOT EXISTS (SELECT 1 FROM reception_open_stay_v s WHERE s.household_id = h.id)
            """;
    // In the order of registration (identifiers grow with time), so the same registry gives the same input. A view
    // hides the primary key from the planner, so every household column read is grouped by, not only the key.
    private static final String GROUP =
            " GROUP BY h.id, h.reference, h.destination_pcode, h.registered_at ORDER BY h.id";

    private final JdbcClient jdbc;

    WaitingHouseholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every household waiting for a place, whatever its planned date. */
    List<WaitingCandidate> all() {
        return jdbc.sql(SELECT + GROUP).query((rs, n) -> candidate(rs)).list();
    }

    /** The households waiting for a place whose planned date falls in the window, both days included. */
    List<WaitingCandidate> plannedIn(ArrivalWindow window) {
        return jdbc.sql(SELECT + " AND h.planned_date BETWEEN :from AND :to" + GROUP)
                .param("from", Date.valueOf(window.from()))
                .param("to", Date.valueOf(window.to()))
                .query((rs, n) -> candidate(rs))
                .list();
    }

    private static WaitingCandidate candidate(ResultSet rs) throws SQLException {
        Instant registeredAt = rs.getTimestamp("registered_at").toInstant();
        return new WaitingCandidate(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("destination_pcode"),
                registeredAt,
                rs.getInt("persons"),
                rs.getBoolean("accessible"),
                rs.getInt("needs"));
    }
}
