package org.homeward.access;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the audit trail is keyed and anchored.
 *
 * @param key            the chain's HMAC key, base64 ({@code HOMEWARD_AUDIT_KEY}); when empty, the key
 *                       file {@code audit-key} in the data directory, made at first start
 * @param anchorFile     the append-only file the chain's head is written to (default
 *                       {@code <data-dir>/audit-anchors}); put it where the database's administrators
 *                       cannot write
 * @param anchorInterval how often the head is anchored when the chain has moved
 * @param anchorLog      whether each anchor is also logged (entry id and hash only), for a log
 *                       collector that copies it off the machine
 */
@ConfigurationProperties("homeward.audit")
record AuditProperties(String key, Path anchorFile, Duration anchorInterval, boolean anchorLog) {
    AuditProperties {
        if (anchorInterval == null) {
            anchorInterval = Duration.ofMinutes(1);
        }
    }
}
