package org.homeward.offline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.problems.ProblemCode;
import org.homeward.registry.RegisterHouseholdRequest;

/** The requests and answers of the offline API, as records. */
final class OfflineRequests {

    private OfflineRequests() {}

    /** A device an officer registers: its own identifier, a label people recognise, its signing key. */
    record RegisterDeviceRequest(UUID deviceId, String label, String signingPublicKey) {}

    /** A device as answered to its officer. */
    record DeviceAnswer(UUID deviceId, String label, Instant registeredAt, long idleLockSeconds) {}

    /** The secret a signed-in officer's device derives its outbox key from (see docs/offline.md). */
    record OutboxSecret(UUID deviceId, String secret, long idleLockSeconds) {}

    /** The server's bundle key as devices keep it: its id, the public key (base64 SPKI) and the bundle format. */
    record BundleKeyAnswer(String keyId, String publicKey, String format, int version) {}

    record ReferencesRequest(Integer count) {}

    record ReservedReference(String reference, Instant expiresAt) {}

    record ReferencesAnswer(List<ReservedReference> references) {}

    /** What the device says about its outbox at sync, for the supervisors' page; no personal data. */
    record OutboxStatus(Integer waiting, Integer refused, Instant oldestWaitingAt) {}

    record SyncRecord(
            UUID clientId, String reservedReference, RegisterHouseholdRequest household, Instant recordedAt) {}

    record SyncRequest(UUID deviceId, List<SyncRecord> records, OutboxStatus outbox) {
        SyncRequest {
            records = records == null ? List.of() : records;
        }
    }

    /**
     * Why a record was refused or is in conflict: a code of a feature's vocabulary (answered as its word),
     * the field at fault, a message.
     */
    record RecordProblem(ProblemCode code, String field, String message) {}

    record SyncResult(UUID clientId, SyncState state, UUID householdId, String reference, RecordProblem problem) {

        static SyncResult sent(UUID clientId, UUID householdId, String reference) {
            return new SyncResult(clientId, SyncState.SENT, householdId, reference, null);
        }

        static SyncResult refused(UUID clientId, RecordProblem problem) {
            return new SyncResult(clientId, SyncState.REFUSED, null, null, problem);
        }

        static SyncResult conflict(UUID clientId, RecordProblem problem) {
            return new SyncResult(clientId, SyncState.CONFLICT, null, null, problem);
        }
    }

    record SyncAnswer(List<SyncResult> results) {}

    /** The state of a record after a sync, as the server answers it. */
    enum SyncState {
        SENT,
        REFUSED,
        CONFLICT
    }
}
