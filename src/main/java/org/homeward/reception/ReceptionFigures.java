package org.homeward.reception;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.homeward.statistics.ReceptionFiguresSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reception's counts for the statistics: places and people at the end of a day (or now, for
 * today), read from the centres' recorded history and the stays, so that a past day shows what
 * was true then. Counts only: no person is named here.
 */
@Component
class ReceptionFigures implements ReceptionFiguresSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReceptionFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The places in persons of the centres that were open at the end of the day, as last recorded before it. */
    @Override
    @Transactional(readOnly = true)
    public OptionalLong places(LocalDate day, String area) {
        Long places = jdbc.sql("""
                        SELECT coalesce(sum((last.details ->> 'capacityPersons')::bigint), 0)
                        FROM reception_centre c
                        CROSS JOIN LATERAL (
                            SELECT e.details FROM reception_centre_event e
                            WHERE e.centre_code = c.code AND e.occurred_at < :until
                            ORDER BY e.id DESC LIMIT 1) last
                        WHERE (last.details ->> 'open')::boolean AND (CAST(:area AS text) IS NULL OR c.pcode LIKE :area || '%')""")
                .param("until", Timestamp.from(endOf(day)))
                .param("area", area)
                .query(Long.class)
                .single();
        return OptionalLong.of(places);
    }

    /** The persons checked in and not yet out at the end of the day; places booked for households on their way are not people sheltered. */
    @Override
    @Transactional(readOnly = true)
    public OptionalLong occupancy(LocalDate day, String area) {
        Long persons = jdbc.sql("""
                        SELECT coalesce(sum(s.persons), 0) FROM reception_stay s
                        JOIN reception_centre c ON c.code = s.centre_code
                        WHERE s.arrived_at < :until AND (s.ended_at IS NULL OR s.ended_at >= :until)
                          AND (CAST(:area AS text) IS NULL OR c.pcode LIKE :area || '%')""")
                .param("until", Timestamp.from(endOf(day)))
                .param("area", area)
                .query(Long.class)
                .single();
        return OptionalLong.of(persons);
    }

    /** The end of the day in the clock's zone, or now when the day has not ended yet. */
    private Instant endOf(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        return end.isAfter(now) ? now.plusNanos(1000) : end;
    }
}
