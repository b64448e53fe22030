package org.homeward.offline;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AccessScope;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.offline.OfflineDevices.Device;
import org.homeward.offline.OfflineDevices.DeviceOverview;
import org.homeward.offline.OfflineRequests.DeviceAnswer;
import org.homeward.offline.OfflineRequests.OutboxSecret;
import org.homeward.offline.OfflineRequests.ReferencesAnswer;
import org.homeward.offline.OfflineRequests.RegisterDeviceRequest;
import org.homeward.offline.OfflineRequests.ReservedReference;
import org.homeward.problems.ProblemKind;
import org.homeward.registry.HouseholdCommands;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an officer's devices, hands each the secret its outbox key comes from, and reserves household
 * references to it. A device is always the signed-in officer's own: another officer's device is unknown.
 */
@Service
class OfflineDeviceService {

    private static final int SALT_BYTES = 32;
    private final OfflineDevices devices;
    private final ReservedReferences references;
    private final HouseholdCommands households;
    private final CurrentAccess access;
    private final AuditTrail audit;
    private final OfflineProperties properties;
    private final Clock clock;
    private final OfflineKey key;
    private final SecureRandom random = new SecureRandom();

    OfflineDeviceService(
            OfflineDevices devices,
            ReservedReferences references,
            HouseholdCommands households,
            CurrentAccess access,
            AuditTrail audit,
            OfflineProperties properties,
            Clock clock,
            OfflineKey key) {
        this.key = key;
        this.devices = devices;
        this.references = references;
        this.households = households;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    DeviceAnswer register(RegisterDeviceRequest request) {
        if (request == null || request.deviceId() == null) {
            throw new OfflineProblemException(
                    ProblemKind.INVALID,
                    OfflineProblemCode.OFFLINE_DEVICE_ID_MISSING,
                    "deviceId",
                    "Send the device's identifier");
        }
        String label = request.label() == null ? "" : request.label().strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new OfflineProblemException(
                    ProblemKind.INVALID,
                    OfflineProblemCode.OFFLINE_DEVICE_LABEL_INVALID,
                    "label",
                    "Name the device in 1 to 100 characters");
        }
        requireSigningKey(request.signingPublicKey());
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Device device = devices.register(
                request.deviceId(),
                access.actor(),
                label,
                request.signingPublicKey().strip(),
                salt,
                clock.instant());
        audit.recordWithChange(new AuditEntry(
                OfflineAuditAction.REGISTER_OFFLINE_DEVICE,
                "offline_device",
                device.deviceId().toString(),
                null,
                Map.of()));
        return new DeviceAnswer(
                device.deviceId(),
                device.label(),
                device.registeredAt(),
                properties.idleLock().toSeconds());
    }

    /** An ECDSA P-256 public key in SPKI form, base64, as WebCrypto exports it. */
    private static void requireSigningKey(String encoded) {
        try {
            if (encoded == null || encoded.length() > 1000) {
                throw new IllegalArgumentException("missing or too long");
            }
            byte[] spki = Base64.getDecoder().decode(encoded.strip());
            ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
            if (key.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalArgumentException("not P-256");
            }
        } catch (IllegalArgumentException | ClassCastException | GeneralSecurityException unreadable) {
            throw new OfflineProblemException(
                    ProblemKind.INVALID,
                    OfflineProblemCode.OFFLINE_SIGNING_KEY_INVALID,
                    "signingPublicKey",
                    "Send the device's ECDSA P-256 public key as base64 SPKI");
        }
    }

    /** The officer's device, or a 404 problem. */
    Device device(UUID deviceId) {
        if (deviceId == null) {
            throw OfflineProblemException.unknownDevice();
        }
        return devices.find(deviceId, access.actor()).orElseThrow(OfflineProblemException::unknownDevice);
    }

    /**
     * The secret of the device's outbox, derived from the offline key (outside the database) and the
     * device's stored salt; every hand-out is in the audit trail.
     */
    @Transactional
    OutboxSecret outboxSecret(UUID deviceId) {
        Device device = device(deviceId);
        audit.record(new AuditEntry(
                OfflineAuditAction.UNLOCK_OFFLINE_OUTBOX, "offline_device", deviceId.toString(), null, Map.of()));
        byte[] secret = key.outboxSecret(device.outboxSalt(), device.deviceId(), device.username());
        return new OutboxSecret(
                deviceId,
                Base64.getEncoder().encodeToString(secret),
                properties.idleLock().toSeconds());
    }

    /**
     * Reserves up to {@code count} new references to the device, never more than it may hold at once;
     * the references it still holds are not answered again (the device keeps them).
     */
    @Transactional
    ReferencesAnswer reserve(UUID deviceId, Integer count) {
        Device device = device(deviceId);
        if (count == null || count < 1 || count > properties.referencesPerRequest()) {
            throw new OfflineProblemException(
                    ProblemKind.INVALID,
                    OfflineProblemCode.OFFLINE_REFERENCE_COUNT_INVALID,
                    "count",
                    "Ask for 1 to " + properties.referencesPerRequest() + " references");
        }
        Instant now = clock.instant();
        int room = Math.max(0, properties.referencesPerDevice() - references.usable(device.key(), now));
        int granted = Math.min(count, room);
        Instant expiresAt = now.plus(properties.referenceExpiry());
        List<String> fresh = references.reserve(
                device.key(), granted == 0 ? List.of() : households.freshReferences(granted), now, expiresAt);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("asked", count);
        details.put("reserved", fresh.size());
        audit.recordWithChange(new AuditEntry(
                OfflineAuditAction.RESERVE_OFFLINE_REFERENCES, "offline_device", deviceId.toString(), null, details));
        return new ReferencesAnswer(fresh.stream()
                .map(reference -> new ReservedReference(reference, expiresAt))
                .toList());
    }

    /**
     * The devices whose officers work within the supervisor's scope, as the supervisors' page shows them;
     * the look is recorded in the audit trail. A supervisor of one area does not see another area's devices.
     */
    List<DeviceOverview> overview() {
        AccessScope supervisor = access.scope();
        Map<String, Boolean> within = new HashMap<>();
        List<DeviceOverview> all = devices.overview(clock.instant()).stream()
                .filter(device -> within.computeIfAbsent(
                        device.username(), officer -> supervisor.contains(access.scopeOf(officer))))
                .toList();
        audit.record(new AuditEntry(OfflineAuditAction.READ_OFFLINE_DEVICES, "offline_device", null, null, Map.of()));
        return all;
    }
}
