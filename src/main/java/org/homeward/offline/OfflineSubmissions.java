package org.homeward.offline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each record sent from an outbox became, keyed by the identifier the device gave it. The key is
 * the table's primary key, so two sends of one record at the same moment cannot both create a household:
 * the second waits for the first's transaction and then finds its row.
 */
@Repository
class OfflineSubmissions {

    /** A record that became a household, and when the device said it was last changed as it was sent. */
    record Submission(UUID clientId, long device, UUID householdId, String reference, Instant recordedAt) {}

    private final JdbcClient jdbc;

    OfflineSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the client identifier for this transaction; answers false when another transaction
     * already holds it (after waiting for that one to end).
     */
    boolean claim(UUID clientId, long device, String reference, Instant recordedAt, Instant now) {
        return jdbc.sql("""
                        INSERT INTO offline_submission (client_id, device, household_id, reference, recorded_at, received_at)
                        VALUES (:client, :device, :placeholder, :reference, :recorded, :now)
                        ON CONFLICT (client_id) DO NOTHING""")
                        .param("client", clientId)
                        .param("device", device)
                        .param("placeholder", new UUID(0, 0))
                        .param("reference", reference)
                        .param("recorded", recordedAt == null ? null : Timestamp.from(recordedAt))
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    void settle(UUID clientId, UUID householdId, String reference) {
        jdbc.sql(
                        "UPDATE offline_submission SET household_id = :household, reference = :reference WHERE client_id = :client")
                .param("household", householdId)
                .param("reference", reference)
                .param("client", clientId)
                .update();
    }

    Optional<Submission> find(UUID clientId) {
        return jdbc.sql(
                        "SELECT client_id, device, household_id, reference, recorded_at FROM offline_submission WHERE client_id = :client")
                .param("client", clientId)
                .query((rs, n) -> new Submission(
                        rs.getObject("client_id", UUID.class),
                        rs.getLong("device"),
                        rs.getObject("household_id", UUID.class),
                        rs.getString("reference"),
                        instant(rs.getTimestamp("recorded_at"))))
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
