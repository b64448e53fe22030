package org.homeward.movements;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks for the patterns of coercion each time a voluntariness record is kept, with one set-based
 * statement per pattern, and raises a signal for the protection review queue when one is found.
 * Signals never block anything. A pattern already raised for the same subject within its window is
 * not raised again, so a long burst is one signal, not one per form.
 */
@Component
class CoercionSignals {

    private final JdbcClient jdbc;
    private final VoluntarinessProperties properties;
    private final Clock clock;

    CoercionSignals(JdbcClient jdbc, VoluntarinessProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Raises the signals a newly kept record completes.
     *
     * @param record         the record just kept
     * @param adultsRequired how many members of the household need a record of their own today
     * @return how many signals were raised
     */
    int afterRecord(VoluntarinessRecord record, int adultsRequired) {
        Timestamp at = Timestamp.from(record.recordedAt());
        Timestamp now = Timestamp.from(clock.instant());
        int raised = officerBurst(record, at, now);
        raised += householdInSeconds(record, adultsRequired, now);
        if (record.witness() != null) {
            raised += witnessEverywhere(record, at, now);
        }
        return raised + withdrawAndResign(record, at, now);
    }

    private int officerBurst(VoluntarinessRecord record, Timestamp at, Timestamp now) {
        return jdbc.sql("""
                        WITH found AS (
                            SELECT array_agg(id ORDER BY recorded_at, id) AS records,
                                array_agg(DISTINCT household_id) AS households
                            FROM voluntariness_record
                            WHERE recorded_by = :officer AND recorded_at > CAST(:at AS timestamptz) - make_interval(mins => :minutes)
                                AND recorded_at <= CAST(:at AS timestamptz)
                            HAVING count(*) >= :forms AND count(DISTINCT household_id) >= 2)
                        INSERT INTO coercion_signal (kind, subject, record_ids, household_ids, raised_at)
                        SELECT 'OFFICER_BURST', :officer, records, households, CAST(:now AS timestamptz) FROM found
                        WHERE NOT EXISTS (SELECT 1 FROM coercion_signal s WHERE s.kind = 'OFFICER_BURST'
                            AND s.subject = :officer AND s.raised_at > CAST(:at AS timestamptz) - make_interval(mins => :minutes))""")
                .param("officer", record.recordedBy())
                .param("at", at)
                .param("now", now)
                .param("minutes", properties.burstMinutes())
                .param("forms", properties.burstForms())
                .update();
    }

    private int householdInSeconds(VoluntarinessRecord record, int adultsRequired, Timestamp now) {
        return jdbc.sql("""
                        WITH found AS (
                            SELECT array_agg(id ORDER BY id) AS records FROM voluntariness_record
                            WHERE household_id = :household AND withdrawn_at IS NULL
                            HAVING count(*) >= greatest(2, :required) AND count(DISTINCT recorded_by) = 1
                                AND max(recorded_at) - min(recorded_at) <= make_interval(secs => :seconds))
                        INSERT INTO coercion_signal (kind, subject, record_ids, household_ids, raised_at)
                        SELECT 'HOUSEHOLD_IN_SECONDS', CAST(:household AS text), records, ARRAY[:household]::uuid[], CAST(:now AS timestamptz)
                        FROM found
                        WHERE NOT EXISTS (SELECT 1 FROM coercion_signal s WHERE s.kind = 'HOUSEHOLD_IN_SECONDS'
                            AND s.subject = CAST(:household AS text) AND s.record_ids = found.records)""")
                .param("household", record.householdId())
                .param("required", adultsRequired)
                .param("seconds", properties.householdSeconds())
                .param("now", now)
                .update();
    }

    private int witnessEverywhere(VoluntarinessRecord record, Timestamp at, Timestamp now) {
        return jdbc.sql("""
                        WITH found AS (
                            SELECT array_agg(id ORDER BY recorded_at, id) AS records,
                                array_agg(DISTINCT household_id) AS households
                            FROM voluntariness_record
                            WHERE lower(witness) = lower(:witness) AND recorded_at > CAST(:at AS timestamptz) - make_interval(days => :days)
                                AND recorded_at <= CAST(:at AS timestamptz)
                            HAVING count(DISTINCT household_id) >= :households)
                        INSERT INTO coercion_signal (kind, subject, record_ids, household_ids, raised_at)
                        SELECT 'WITNESS_EVERYWHERE', lower(:witness), records, households, CAST(:now AS timestamptz) FROM found
                        WHERE NOT EXISTS (SELECT 1 FROM coercion_signal s WHERE s.kind = 'WITNESS_EVERYWHERE'
                            AND s.subject = lower(:witness) AND s.raised_at > CAST(:at AS timestamptz) - make_interval(days => :days))""")
                .param("witness", record.witness())
                .param("at", at)
                .param("now", now)
                .param("days", properties.witnessDays())
                .param("households", properties.witnessHouseholds())
                .update();
    }

    private int withdrawAndResign(VoluntarinessRecord record, Timestamp at, Timestamp now) {
        return jdbc.sql("""
                        WITH found AS (
                            SELECT array_agg(id ORDER BY recorded_at, id) AS records FROM voluntariness_record
                            WHERE individual_id = :individual
                                AND (id = :record OR withdrawn_at > CAST(:at AS timestamptz) - make_interval(days => :days))
                            HAVING count(*) >= 2)
                        INSERT INTO coercion_signal (kind, subject, record_ids, household_ids, raised_at)
                        SELECT 'WITHDRAW_AND_RESIGN', CAST(:household AS text), records, ARRAY[:household]::uuid[], CAST(:now AS timestamptz)
                        FROM found
                        WHERE NOT EXISTS (SELECT 1 FROM coercion_signal s WHERE s.kind = 'WITHDRAW_AND_RESIGN'
                            AND s.record_ids @> ARRAY[:record]::uuid[])""")
                .param("individual", record.individualId())
                .param("record", record.id())
                .param("household", record.householdId())
                .param("at", at)
                .param("now", now)
                .param("days", properties.resignDays())
                .update();
    }
}
