package org.homeward.offline;

import java.util.UUID;
import org.homeward.offline.OfflineRequests.BundleKeyAnswer;
import org.homeward.offline.OfflineRequests.DeviceAnswer;
import org.homeward.offline.OfflineRequests.OutboxSecret;
import org.homeward.offline.OfflineRequests.ReferencesAnswer;
import org.homeward.offline.OfflineRequests.ReferencesRequest;
import org.homeward.offline.OfflineRequests.RegisterDeviceRequest;
import org.homeward.offline.OfflineRequests.SyncAnswer;
import org.homeward.offline.OfflineRequests.SyncRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The offline API: devices, their outbox secret, reserved references and the sync of their outbox. */
@RestController
@RequestMapping("/api/v1/offline")
class OfflineApiController {

    private final OfflineDeviceService devices;
    private final OfflineSyncService sync;
    private final BundleKey bundleKey;

    OfflineApiController(OfflineDeviceService devices, OfflineSyncService sync, BundleKey bundleKey) {
        this.devices = devices;
        this.sync = sync;
        this.bundleKey = bundleKey;
    }

    @PostMapping("/devices")
    DeviceAnswer register(@RequestBody RegisterDeviceRequest request) {
        return devices.register(request);
    }

    /** The secret is asked by POST (with the CSRF token) and never stored by caches on the way. */
    @PostMapping("/devices/{deviceId}/unlock")
    ResponseEntity<OutboxSecret> unlock(@PathVariable String deviceId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(devices.outboxSecret(parse(deviceId)));
    }

    @PostMapping("/devices/{deviceId}/references")
    ReferencesAnswer reserve(@PathVariable String deviceId, @RequestBody ReferencesRequest request) {
        return devices.reserve(parse(deviceId), request == null ? null : request.count());
    }

    /** The public key devices encrypt their outbox bundles for; the device keeps it to export without a connection. */
    @GetMapping("/bundle-key")
    BundleKeyAnswer bundleKey() {
        return new BundleKeyAnswer(
                bundleKey.keyId(), bundleKey.publicKeyBase64(), BundleFile.FORMAT, BundleFile.VERSION);
    }

    @PostMapping("/sync")
    SyncAnswer sync(@RequestBody SyncRequest request) {
        return sync.sync(request);
    }

    private static UUID parse(String deviceId) {
        try {
            return UUID.fromString(deviceId);
        } catch (IllegalArgumentException notAnIdentifier) {
            throw OfflineProblemException.unknownDevice();
        }
    }
}
