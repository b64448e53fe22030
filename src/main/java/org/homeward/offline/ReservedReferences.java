package org.homeward.offline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Household references reserved to a device. A reference is reserved once and used at most once; an
 * expired one is never handed out again, so a slip printed with it can never name another household.
 */
@Repository
class ReservedReferences {

    /** A reserved reference as stored: which device holds it, until when, and whether it was used. */
    record Reservation(String reference, long device, Instant expiresAt, Instant usedAt, UUID householdId) {}

    private final JdbcClient jdbc;

    ReservedReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unused, unexpired references the device holds now. */
    int usable(long device, Instant now) {
        return jdbc.sql("""
                        SELECT count(*) FROM offline_reserved_reference
                        WHERE device = :device AND used_at IS NULL AND expires_at > :now""")
                .param("device", device)
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .single();
    }

    /**
     * Stores the references for the device and answers those it now holds: one reserved before (to any
     * device) is skipped, so that no reference is ever held twice.
     */
    List<String> reserve(long device, List<String> references, Instant now, Instant expiresAt) {
        List<String> reserved = new java.util.ArrayList<>();
        for (String reference : references) {
            int inserted = jdbc.sql("""
                            INSERT INTO offline_reserved_reference (reference, device, reserved_at, expires_at)
                            VALUES (:reference, :device, :now, :expires) ON CONFLICT (reference) DO NOTHING""")
                    .param("reference", reference)
                    .param("device", device)
                    .param("now", Timestamp.from(now))
                    .param("expires", Timestamp.from(expiresAt))
                    .update();
            if (inserted == 1) {
                reserved.add(reference);
            }
        }
        return reserved;
    }

    /** The reservation of a reference, locked for the caller's transaction. */
    Optional<Reservation> lock(String reference) {
        return jdbc.sql("""
                        SELECT reference, device, expires_at, used_at, household_id FROM offline_reserved_reference
                        WHERE reference = :reference FOR UPDATE""")
                .param("reference", reference)
                .query((rs, n) -> new Reservation(
                        rs.getString("reference"),
                        rs.getLong("device"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null
                                ? null
                                : rs.getTimestamp("used_at").toInstant(),
                        rs.getObject("household_id", UUID.class)))
                .optional();
    }

    void markUsed(String reference, UUID householdId, Instant now) {
        jdbc.sql(
                        "UPDATE offline_reserved_reference SET used_at = :now, household_id = :household WHERE reference = :reference")
                .param("now", Timestamp.from(now))
                .param("household", householdId)
                .param("reference", reference)
                .update();
    }
}
