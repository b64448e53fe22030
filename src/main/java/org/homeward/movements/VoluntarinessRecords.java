package org.homeward.movements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kept voluntariness records and their re-confirmations. */
@Repository
class VoluntarinessRecords {

    private final JdbcClient jdbc;

    VoluntarinessRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(VoluntarinessRecord record) {
        jdbc.sql("""
                        INSERT INTO voluntariness_record (id, household_id, individual_id, basis, decision, recorded_by,
                            recorded_at, place_type, place_name, interview_language, read_aloud_by, interpreter, witness,
                            understood, signed_by_person, destination_pcode, briefing_status, briefing_language,
                            briefing_text, best_interests_by, best_interests_on, best_interests_outcome,
                            best_interests_reference)
                        VALUES (:id, :household, :individual, :basis, :decision, :recordedBy, :recordedAt, :placeType,
                            :placeName, :language, :readAloudBy, :interpreter, :witness, true, true, :destination,
                            :briefingStatus, :briefingLanguage, :briefingText, :biaBy, :biaOn, :biaOutcome, :biaReference)""")
                .param("id", record.id())
                .param("household", record.householdId())
                .param("individual", record.individualId())
                .param("basis", record.basis().name())
                .param("decision", record.decision())
                .param("recordedBy", record.recordedBy())
                .param("recordedAt", Timestamp.from(record.recordedAt()))
                .param("placeType", record.placeType().name())
                .param("placeName", record.placeName())
                .param("language", record.interviewLanguage())
                .param("readAloudBy", record.readAloudBy())
                .param("interpreter", record.interpreter())
                .param("witness", record.witness())
                .param("destination", record.destinationPcode())
                .param("briefingStatus", record.briefingStatus())
                .param("briefingLanguage", record.briefingLanguage())
                .param("briefingText", record.briefingText())
                .param("biaBy", record.bestInterestsBy())
                .param("biaOn", record.bestInterestsOn())
                .param(
                        "biaOutcome",
                        record.bestInterestsOutcome() == null
                                ? null
                                : record.bestInterestsOutcome().name())
                .param("biaReference", record.bestInterestsReference())
                .update();
    }

    /** Marks the person's current record withdrawn; false when they have none. */
    Optional<UUID> withdraw(UUID individualId, Instant at, String by, String reason) {
        return jdbc.sql("""
                        UPDATE voluntariness_record SET withdrawn_at = :at, withdrawn_by = :by, withdrawal_reason = :reason
                        WHERE individual_id = :individual AND withdrawn_at IS NULL RETURNING id""")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("reason", reason)
                .param("individual", individualId)
                .query(UUID.class)
                .optional();
    }

    Optional<VoluntarinessRecord> current(UUID individualId) {
        return jdbc.sql("SELECT * FROM voluntariness_record WHERE individual_id = :individual AND withdrawn_at IS NULL")
                .param("individual", individualId)
                .query(VoluntarinessRecords::read)
                .optional();
    }

    /** Every record of the household's members, newest first. */
    List<VoluntarinessRecord> ofHousehold(UUID householdId) {
        return jdbc.sql(
                        "SELECT * FROM voluntariness_record WHERE household_id = :household ORDER BY recorded_at DESC, id")
                .param("household", householdId)
                .query(VoluntarinessRecords::read)
                .list();
    }

    /** The current records of the given persons. */
    List<VoluntarinessRecord> currentOf(Collection<UUID> individualIds) {
        if (individualIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM voluntariness_record WHERE individual_id = ANY(:ids) AND withdrawn_at IS NULL")
                .param("ids", individualIds.toArray(UUID[]::new))
                .query(VoluntarinessRecords::read)
                .list();
    }

    /** The records among {@code recordIds} that were re-confirmed for the movement on the day. */
    List<UUID> reconfirmed(UUID movementId, LocalDate on, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT record_id FROM voluntariness_reconfirmation
                        WHERE movement_id = :movement AND reconfirmed_on = :on AND record_id = ANY(:records)""")
                .param("movement", movementId)
                .param("on", on)
                .param("records", recordIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    /** Keeps a re-confirmation; false when the record was already re-confirmed for the movement that day. */
    boolean reconfirm(UUID recordId, UUID movementId, UUID individualId, LocalDate on, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO voluntariness_reconfirmation (record_id, movement_id, individual_id, reconfirmed_on,
                            reconfirmed_at, reconfirmed_by)
                        VALUES (:record, :movement, :individual, :on, :at, :by)
                        ON CONFLICT (record_id, movement_id, reconfirmed_on) DO NOTHING""")
                        .param("record", recordId)
                        .param("movement", movementId)
                        .param("individual", individualId)
                        .param("on", on)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    /** The re-confirmations of a household's records: record id, movement, day and officer. */
    List<VoluntarinessReconfirmation> reconfirmationsOf(UUID householdId) {
        return jdbc.sql("""
                        SELECT c.record_id, c.movement_id, c.individual_id, c.reconfirmed_on, c.reconfirmed_at, c.reconfirmed_by
                        FROM voluntariness_reconfirmation c JOIN voluntariness_record r ON r.id = c.record_id
                        WHERE r.household_id = :household ORDER BY c.reconfirmed_at DESC, c.id""")
                .param("household", householdId)
                .query((rs, n) -> new VoluntarinessReconfirmation(
                        rs.getObject("record_id", UUID.class),
                        rs.getObject("movement_id", UUID.class),
                        rs.getObject("individual_id", UUID.class),
                        rs.getObject("reconfirmed_on", LocalDate.class),
                        rs.getTimestamp("reconfirmed_at").toInstant(),
                        rs.getString("reconfirmed_by")))
                .list();
    }

    private static VoluntarinessRecord read(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        String outcome = rs.getString("best_interests_outcome");
        return new VoluntarinessRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("individual_id", UUID.class),
                VoluntarinessBasis.valueOf(rs.getString("basis")),
                rs.getString("decision"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                VoluntarinessPlaceType.valueOf(rs.getString("place_type")),
                rs.getString("place_name"),
                rs.getString("interview_language"),
                rs.getString("read_aloud_by"),
                rs.getString("interpreter"),
                rs.getString("witness"),
                rs.getBoolean("understood"),
                rs.getBoolean("signed_by_person"),
                rs.getString("destination_pcode"),
                rs.getString("briefing_status"),
                rs.getString("briefing_language"),
                rs.getString("briefing_text"),
                rs.getString("best_interests_by"),
                rs.getObject("best_interests_on", LocalDate.class),
                outcome == null ? null : BestInterestsOutcome.valueOf(outcome),
                rs.getString("best_interests_reference"),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"));
    }
}
