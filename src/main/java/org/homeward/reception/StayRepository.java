package org.homeward.reception;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores stays in PostgreSQL with plain SQL. */
@Repository
class StayRepository {

    private static final String COLUMNS = """
            id, centre_code, household_id, member_ids, accessible, partial_reason, transferred_from, started_at,
            started_by, ended_at, ended_by, end_outcome, end_note, end_cause, end_cause_detail, arrived_at, expected_by""";
    private final JdbcClient jdbc;

    StayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Stay stay) {
        jdbc.sql("""
                        INSERT INTO reception_stay (id, centre_code, household_id, member_ids, accessible, partial_reason,
                            transferred_from, started_at, started_by, arrived_at, expected_by)
                        VALUES (:id, :centre, :household, CAST(string_to_array(:members, ',') AS uuid[]), :accessible,
                            :partialReason, :transferredFrom, :startedAt, :startedBy, :arrivedAt, :expectedBy)""")
                .param("id", stay.id())
                .param("centre", stay.centreCode())
                .param("household", stay.householdId())
                .param("members", stay.memberIds().stream().map(UUID::toString).collect(Collectors.joining(",")))
                .param("accessible", stay.accessible())
                .param("partialReason", stay.partialReason())
                .param("transferredFrom", stay.transferredFrom())
                .param("startedAt", Timestamp.from(stay.startedAt()))
                .param("startedBy", stay.startedBy())
                .param("arrivedAt", stay.arrivedAt() == null ? null : Timestamp.from(stay.arrivedAt()))
                .param("expectedBy", stay.expectedBy() == null ? null : java.sql.Date.valueOf(stay.expectedBy()))
                .update();
    }

    /** A booking's household arrived: the members who came stay, the places of the others are freed. */
    void arrive(UUID id, List<UUID> members, boolean accessible, String partialReason, Instant when) {
        jdbc.sql("""
                        UPDATE reception_stay SET member_ids = CAST(string_to_array(:members, ',') AS uuid[]),
                            accessible = :accessible, partial_reason = :partialReason, arrived_at = :when
                        WHERE id = :id AND ended_at IS NULL AND arrived_at IS NULL""")
                .param("id", id)
                .param("members", members.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .param("accessible", accessible)
                .param("partialReason", partialReason)
                .param("when", Timestamp.from(when))
                .update();
    }

    /** Sets the members of an open stay, after more of the household arrived; the capacity trigger checks the update. */
    void addMembers(UUID id, List<UUID> members, boolean accessible, String partialReason) {
        jdbc.sql("""
                        UPDATE reception_stay SET member_ids = CAST(string_to_array(:members, ',') AS uuid[]),
                            accessible = :accessible, partial_reason = :partialReason
                        WHERE id = :id AND ended_at IS NULL""")
                .param("id", id)
                .param("members", members.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .param("accessible", accessible)
                .param("partialReason", partialReason)
                .update();
    }

    void end(UUID id, Instant when, String actor, String outcome, String note) {
        end(id, when, actor, outcome, note, null);
    }

    /** Ends a stay; {@code cause} is set when Homeward itself released a booking, null otherwise. */
    void end(UUID id, Instant when, String actor, String outcome, String note, BookingReleaseCause cause) {
        jdbc.sql("""
                        UPDATE reception_stay SET ended_at = :when, ended_by = :actor, end_outcome = :outcome,
                            end_note = :note, end_cause = :cause, end_cause_detail = :causeDetail
                        WHERE id = :id AND ended_at IS NULL""")
                .param("cause", cause == null ? null : cause.code().name())
                .param("causeDetail", cause == null ? null : cause.detail())
                .param("id", id)
                .param("when", Timestamp.from(when))
                .param("actor", actor)
                .param("outcome", outcome)
                .param("note", note)
                .update();
    }

    Optional<Stay> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reception_stay WHERE id = :id")
                .param("id", id)
                .query(StayRepository::stay)
                .optional();
    }

    /** Reads the stay and locks it until the transaction ends, so that it is ended only once. */
    Optional<Stay> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reception_stay WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(StayRepository::stay)
                .optional();
    }

    Optional<Stay> openStayOf(UUID householdId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM reception_stay WHERE household_id = :household AND ended_at IS NULL")
                .param("household", householdId)
                .query(StayRepository::stay)
                .optional();
    }

    /** Every stay of the household, the latest first. */
    List<Stay> staysOf(UUID householdId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM reception_stay WHERE household_id = :household ORDER BY started_at DESC, id")
                .param("household", householdId)
                .query(StayRepository::stay)
                .list();
    }

    static Stay stay(ResultSet rs, int row) throws SQLException {
        return new Stay(
                rs.getObject("id", UUID.class),
                rs.getString("centre_code"),
                rs.getObject("household_id", UUID.class),
                members(rs.getArray("member_ids")),
                rs.getBoolean("accessible"),
                rs.getString("partial_reason"),
                rs.getObject("transferred_from", UUID.class),
                rs.getTimestamp("started_at").toInstant(),
                rs.getString("started_by"),
                instant(rs.getTimestamp("ended_at")),
                rs.getString("ended_by"),
                rs.getString("end_outcome"),
                rs.getString("end_note"),
                rs.getString("end_cause") == null
                        ? null
                        : new BookingReleaseCause(
                                BookingReleaseCause.Code.valueOf(rs.getString("end_cause")),
                                rs.getString("end_cause_detail")),
                instant(rs.getTimestamp("arrived_at")),
                rs.getDate("expected_by") == null
                        ? null
                        : rs.getDate("expected_by").toLocalDate());
    }

    private static List<UUID> members(Array array) throws SQLException {
        List<UUID> members = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            members.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return members;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
