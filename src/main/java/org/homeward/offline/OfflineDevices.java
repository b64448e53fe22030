package org.homeward.offline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The devices officers registered for offline work, one row per device and officer. */
@Repository
class OfflineDevices {

    /** A device of one officer: the row's key, the device's own identifier and the salt of its outbox secret. */
    record Device(long key, UUID deviceId, String username, String label, byte[] outboxSalt, Instant registeredAt) {}

    /** A device as the supervisors' page shows it: its outbox as the device last reported it. */
    record DeviceOverview(
            UUID deviceId,
            String username,
            String label,
            Instant registeredAt,
            Instant lastSyncAt,
            int waiting,
            int refused,
            Instant oldestWaitingAt,
            int referencesLeft) {}

    private final JdbcClient jdbc;

    OfflineDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers the device, or answers it as it was: the salt of a device registered before is kept. */
    Device register(UUID deviceId, String username, String label, String signingKey, byte[] salt, Instant now) {
        jdbc.sql("""
                        INSERT INTO offline_device (device_id, username, label, signing_public_key, outbox_salt, registered_at)
                        VALUES (:device, :username, :label, :key, :salt, :now)
                        ON CONFLICT (device_id, username) DO UPDATE SET label = excluded.label""")
                .param("device", deviceId)
                .param("username", username)
                .param("label", label)
                .param("key", signingKey)
                .param("salt", salt)
                .param("now", Timestamp.from(now))
                .update();
        return find(deviceId, username).orElseThrow();
    }

    Optional<Device> find(UUID deviceId, String username) {
        return jdbc.sql("""
                        SELECT id, device_id, username, label, outbox_salt, registered_at FROM offline_device
                        WHERE device_id = :device AND username = :username""")
                .param("device", deviceId)
                .param("username", username)
                .query((rs, n) -> new Device(
                        rs.getLong("id"),
                        rs.getObject("device_id", UUID.class),
                        rs.getString("username"),
                        rs.getString("label"),
                        rs.getBytes("outbox_salt"),
                        rs.getTimestamp("registered_at").toInstant()))
                .optional();
    }

    /** The ECDSA public key (base64 SPKI) the device registered for its officer, which its bundles are signed with. */
    Optional<String> signingKey(long key) {
        return jdbc.sql("SELECT signing_public_key FROM offline_device WHERE id = :key")
                .param("key", key)
                .query(String.class)
                .optional();
    }

    void recordSync(long key, Instant now, int waiting, int refused, Instant oldestWaitingAt) {
        jdbc.sql("""
                        UPDATE offline_device SET last_sync_at = :now, waiting_count = :waiting, refused_count = :refused,
                            oldest_waiting_at = :oldest WHERE id = :key""")
                .param("now", Timestamp.from(now))
                .param("waiting", waiting)
                .param("refused", refused)
                .param("oldest", oldestWaitingAt == null ? null : Timestamp.from(oldestWaitingAt))
                .param("key", key)
                .update();
    }

    /** Every device, those with the oldest waiting record first, then those that synced longest ago. */
    List<DeviceOverview> overview(Instant now) {
        return jdbc.sql("""
                        SELECT d.device_id, d.username, d.label, d.registered_at, d.last_sync_at, d.waiting_count,
                            d.refused_count, d.oldest_waiting_at,
                            (SELECT count(*) FROM offline_reserved_reference r
                             WHERE r.device = d.id AND r.used_at IS NULL AND r.expires_at > :now) AS references_left
                        FROM offline_device d
                        ORDER BY d.oldest_waiting_at ASC NULLS LAST, d.last_sync_at ASC NULLS FIRST, d.id
                        LIMIT 500""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new DeviceOverview(
                        rs.getObject("device_id", UUID.class),
                        rs.getString("username"),
                        rs.getString("label"),
                        rs.getTimestamp("registered_at").toInstant(),
                        instant(rs.getTimestamp("last_sync_at")),
                        rs.getInt("waiting_count"),
                        rs.getInt("refused_count"),
                        instant(rs.getTimestamp("oldest_waiting_at")),
                        rs.getInt("references_left")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
