package org.homeward.offline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.linkage.EntryPairQueue;
import org.homeward.offline.OfflineDevices.Device;
import org.homeward.offline.OfflineRequests.OutboxStatus;
import org.homeward.offline.OfflineRequests.SyncAnswer;
import org.homeward.offline.OfflineRequests.SyncRecord;
import org.homeward.offline.OfflineRequests.SyncRequest;
import org.homeward.offline.OfflineRequests.SyncResult;
import org.homeward.offline.OfflineRequests.SyncState;
import org.homeward.problems.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a device's outbox: each record in its own transaction (one refused record never holds back the
 * others), each created once however often it is sent, each new household put through the duplicate check
 * with its likely pairs queued for review. Every sync is in the audit trail with its counts only.
 */
@Service
class OfflineSyncService {

    private static final Logger log = LoggerFactory.getLogger(OfflineSyncService.class);
    private final OfflineDeviceService devices;
    private final OfflineDevices deviceRows;
    private final SyncedRecordWriter writer;
    private final EntryPairQueue pairs;
    private final AuditTrail audit;
    private final OfflineProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OfflineSyncService(
            OfflineDeviceService devices,
            OfflineDevices deviceRows,
            SyncedRecordWriter writer,
            EntryPairQueue pairs,
            AuditTrail audit,
            OfflineProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.devices = devices;
        this.deviceRows = deviceRows;
        this.writer = writer;
        this.pairs = pairs;
        this.audit = audit;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    SyncAnswer sync(SyncRequest request) {
        if (request == null) {
            throw new OfflineProblemException(
                    ProblemKind.INVALID,
                    OfflineProblemCode.OFFLINE_SYNC_EMPTY,
                    null,
                    "Send the device and its records");
        }
        if (request.records().size() > properties.recordsPerSync()) {
            throw new OfflineProblemException(
                    ProblemKind.INVALID,
                    OfflineProblemCode.OFFLINE_SYNC_TOO_MANY,
                    "records",
                    "Send at most " + properties.recordsPerSync() + " records at a time");
        }
        Device device = devices.device(request.deviceId());
        Taken taken = take(device, request.records());
        recordOutbox(device, request.outbox());
        audit.recordWithChange(new AuditEntry(
                OfflineAuditAction.SYNC_OFFLINE_OUTBOX,
                "offline_device",
                device.deviceId().toString(),
                null,
                taken.details()));
        return new SyncAnswer(taken.results());
    }

    /**
     * Takes the records of one device exactly as a sync does (each in its own transaction, each created
     * once, each new household checked for duplicates), without auditing: the caller audits what it was.
     */
    Taken take(Device device, List<SyncRecord> records) {
        List<SyncResult> results = new ArrayList<>();
        Map<SyncState, Integer> counts = new EnumMap<>(SyncState.class);
        Set<UUID> resent = new HashSet<>();
        int likelyPairs = 0;
        int unchecked = 0;
        for (SyncRecord record : records) {
            SyncedRecordWriter.Written written = transactions.execute(status -> writer.write(record, device, status));
            results.add(written.result());
            counts.merge(written.result().state(), 1, Integer::sum);
            if (written.resent()) {
                resent.add(written.result().clientId());
            } else if (written.result().state() == SyncState.SENT) {
                EntryPairQueue.Outcome outcome = checkForDuplicates(written.result());
                likelyPairs += outcome.pairsQueued();
                unchecked += outcome.checked() ? 0 : 1;
            }
        }
        return new Taken(
                results,
                Set.copyOf(resent),
                counts.getOrDefault(SyncState.REFUSED, 0),
                counts.getOrDefault(SyncState.CONFLICT, 0),
                likelyPairs,
                unchecked);
    }

    /** What became of the records taken: each one's result and the counts, with no personal data. */
    record Taken(
            List<SyncResult> results, Set<UUID> resent, int refused, int conflicts, int likelyPairs, int notChecked) {

        /** Whether the record had been sent (or imported) before, so that it created nothing now. */
        boolean wasResent(SyncResult result) {
            return result.clientId() != null && resent.contains(result.clientId());
        }

        /** The counts and the ids of the households created, as the audit trail keeps them. */
        Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("records", results.size());
            details.put("sent", (int) results.stream()
                    .filter(result -> result.state() == SyncState.SENT)
                    .count());
            details.put("resent", resent.size());
            details.put("refused", refused);
            details.put("conflicts", conflicts);
            details.put("likelyPairs", likelyPairs);
            details.put("notChecked", notChecked);
            details.put(
                    "households",
                    results.stream()
                            .filter(result -> result.householdId() != null)
                            .map(result -> result.householdId().toString())
                            .toList());
            return details;
        }
    }

    /** The household is saved whatever happens here: a failed check is left to the next batch run. */
    private EntryPairQueue.Outcome checkForDuplicates(SyncResult sent) {
        try {
            return pairs.queueLikelyPairs(sent.householdId());
        } catch (RuntimeException failure) {
            log.warn(
                    "The duplicate check of a synced household failed ({}); the next batch run will look at it",
                    failure.getClass().getSimpleName());
            return new EntryPairQueue.Outcome(false, 0);
        }
    }

    void recordOutbox(Device device, OutboxStatus outbox) {
        Instant now = clock.instant();
        int waiting = outbox == null || outbox.waiting() == null ? 0 : Math.max(0, Math.min(outbox.waiting(), 100_000));
        int refused = outbox == null || outbox.refused() == null ? 0 : Math.max(0, Math.min(outbox.refused(), 100_000));
        Instant oldest = outbox == null || waiting == 0 ? null : outbox.oldestWaitingAt();
        transactions.executeWithoutResult(status -> deviceRows.recordSync(
                device.key(), now, waiting, refused, oldest == null || oldest.isAfter(now) ? null : oldest));
    }
}
