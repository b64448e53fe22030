package org.homeward.movements;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts of voluntariness for the return funnel: persons with a current record per household, and
 * how many decisions were withdrawn. Counts only, never who; withdrawal reasons are not touched.
 */
@Service
public class VoluntarinessFigures {

    private final JdbcClient jdbc;

    VoluntarinessFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each of the households that has any, how many of its persons have a current record. */
    public Map<UUID, Integer> currentByHousehold(Collection<UUID> householdIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (householdIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT household_id, count(*) AS persons FROM voluntariness_record
                        WHERE household_id = ANY(:households) AND withdrawn_at IS NULL GROUP BY household_id""").param("households", householdIds.toArray(UUID[]::new)).query(rs -> {
            counts.put(rs.getObject("household_id", UUID.class), rs.getInt("persons"));
        });
        return counts;
    }

    /** Totals over everything kept: persons whose decision stands, and decisions withdrawn. */
    public Totals totals() {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE withdrawn_at IS NULL) AS current,
                            count(*) FILTER (WHERE withdrawn_at IS NOT NULL) AS withdrawn
                        FROM voluntariness_record""")
                .query((rs, n) -> new Totals(rs.getLong("current"), rs.getLong("withdrawn")))
                .single();
    }

    /** Persons with a current record, and decisions withdrawn (a person who withdrew twice counts twice). */
    public record Totals(long current, long withdrawn) {}
}
