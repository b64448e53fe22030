package org.homeward.offline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of offline registration: how long a reserved reference stays usable, how many a device may
 * hold and ask for at once, how many records one sync may carry, after how long without use the
 * device's outbox locks itself, and the offline key when it comes from the environment
 * ({@code HOMEWARD_OFFLINE_KEY}, base64).
 */
@ConfigurationProperties("homeward.offline")
record OfflineProperties(Duration referenceExpiry, int referencesPerRequest, int referencesPerDevice,
                         int recordsPerSync, Duration idleLock, String key) {

    OfflineProperties {
        referenceExpiry = referenceExpiry == null ? Duration.ofDays(60) : referenceExpiry;
        referencesPerRequest = referencesPerRequest <= 0 ? 50 : referencesPerRequest;
        referencesPerDevice = referencesPerDevice <= 0 ? 100 : referencesPerDevice;
        recordsPerSync = recordsPerSync <= 0 ? 50 : recordsPerSync;
        idleLock = idleLock == null ? Duration.ofMinutes(15) : idleLock;
    }
}
