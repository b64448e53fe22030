package org.homeward.offline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of offline registration: how long a reserved reference stays usable, how many a device may
 * hold and ask for at once, below how many a device asks for more and how many it then asks for, how many
 * records one sync may carry, after how long without use the
 * device's outbox locks itself, the offline key when it comes from the environment
 * ({@code HOMEWARD_OFFLINE_KEY}, base64), and for outbox bundles carried on a stick: the server's
 * bundle key ({@code HOMEWARD_BUNDLE_KEY}), the largest file and the most records one bundle may hold.
 */
@ConfigurationProperties("homeward.offline")
record OfflineProperties(
        Duration referenceExpiry,
        int referencesPerRequest,
        int referencesPerDevice,
        int referencesRefillBelow,
        int referencesRefillCount,
        int recordsPerSync,
        Duration idleLock,
        String key,
        String bundleKey,
        DataSize bundleMaxSize,
        int bundleMaxRecords) {

    OfflineProperties {
        referenceExpiry = referenceExpiry == null ? Duration.ofDays(60) : referenceExpiry;
        referencesPerRequest = referencesPerRequest <= 0 ? 50 : referencesPerRequest;
        referencesPerDevice = referencesPerDevice <= 0 ? 100 : referencesPerDevice;
        referencesRefillBelow = referencesRefillBelow <= 0 ? 10 : referencesRefillBelow;
        referencesRefillCount = referencesRefillCount <= 0 ? 20 : Math.min(referencesRefillCount, referencesPerRequest);
        recordsPerSync = recordsPerSync <= 0 ? 50 : recordsPerSync;
        idleLock = idleLock == null ? Duration.ofMinutes(15) : idleLock;
        bundleMaxSize = bundleMaxSize == null ? DataSize.ofMegabytes(8) : bundleMaxSize;
        bundleMaxRecords = bundleMaxRecords <= 0 ? 5000 : bundleMaxRecords;
    }
}
