package org.homeward.offline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.offline.BundleImportReport.EditOutcome;
import org.homeward.offline.BundleImportReport.EditResult;
import org.homeward.offline.BundleImportReport.Outcome;
import org.homeward.offline.BundleImportReport.RecordOutcome;
import org.homeward.offline.BundleOpener.BundleContents;
import org.homeward.offline.OfflineDevices.Device;
import org.homeward.offline.OfflineRequests.SyncResult;
import org.homeward.offline.OfflineRequests.SyncState;
import org.homeward.offline.OfflineSyncService.Taken;
import org.homeward.problems.ProblemKind;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an outbox bundle a device wrote to a file: proves it comes from the device and officer it
 * names, decrypts it, takes its records exactly as a sync takes them (once each, however often the
 * bundle or its records arrive), and applies its edits of kept households through the same three-way
 * merge as a sync does. A bundle refused as a whole writes nothing.
 */
@Service
public class OfflineBundleImport {

    private final OfflineDevices devices;
    private final BundleOpener opener;
    private final OfflineSyncService sync;
    private final BundleEditImport edits;
    private final CurrentAccess access;
    private final AuditTrail audit;
    private final OfflineProperties properties;
    private final JsonMapper json;

    OfflineBundleImport(
            OfflineDevices devices,
            BundleOpener opener,
            OfflineSyncService sync,
            BundleEditImport edits,
            CurrentAccess access,
            AuditTrail audit,
            OfflineProperties properties,
            JsonMapper json) {
        this.devices = devices;
        this.opener = opener;
        this.sync = sync;
        this.edits = edits;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
        this.json = json;
    }

    /** The largest bundle file taken, in bytes. */
    public long maximumBytes() {
        return properties.bundleMaxSize().toBytes();
    }

    /**
     * Imports the bundle's records and answers what became of each.
     *
     * @param bytes      the bundle file as read
     * @param importedBy who imports it, as the audit trail names them
     * @throws BundleRefusedException when the bundle as a whole cannot be trusted or read; nothing is written then
     */
    public BundleImportReport importBundle(byte[] bytes, String importedBy) {
        if (bytes.length > maximumBytes()) {
            throw new BundleRefusedException(
                    ProblemKind.TOO_LARGE,
                    OfflineProblemCode.BUNDLE_TOO_LARGE,
                    "The bundle is larger than " + properties.bundleMaxSize().toMegabytes() + " MB");
        }
        BundleFile bundle = BundleFile.read(bytes, json);
        Device device = signedDevice(bundle);
        BundleContents contents = opener.open(bundle);
        if (contents.records().size() != bundle.header().records()
                || contents.edits().size() != bundle.header().edits()) {
            throw BundleRefusedException.unreadable("record count");
        }
        if (contents.records().size() + contents.edits().size() > properties.bundleMaxRecords()) {
            throw new BundleRefusedException(
                    ProblemKind.TOO_LARGE,
                    OfflineProblemCode.BUNDLE_TOO_MANY_RECORDS,
                    "A bundle may hold at most " + properties.bundleMaxRecords() + " records and edits");
        }
        Taken taken = sync.take(device, contents.records());
        List<RecordOutcome> outcomes =
                taken.results().stream().map(result -> outcome(result, taken)).toList();
        List<EditOutcome> editOutcomes = edits.apply(device, contents.edits());
        BundleImportReport report = new BundleImportReport(
                bundle.header().bundleId(),
                device.deviceId(),
                device.username(),
                bundle.header().createdAt(),
                outcomes,
                editOutcomes);
        auditImport(report, taken, importedBy);
        return report;
    }

    /** The device the bundle names, registered to the officer it names, whose key signed it. */
    private Device signedDevice(BundleFile bundle) {
        Device device = devices.find(bundle.header().deviceId(), bundle.header().officer())
                .orElseThrow(() -> new BundleRefusedException(
                        ProblemKind.REFUSED,
                        OfflineProblemCode.BUNDLE_DEVICE_UNKNOWN,
                        "The device that made this bundle is not registered to the officer it names"));
        if (!access.scopeOf(device.username()).personalData()) {
            throw new BundleRefusedException(
                    ProblemKind.REFUSED,
                    OfflineProblemCode.BUNDLE_OFFICER_DISABLED,
                    "The officer of the device that made this bundle is disabled or may not register households");
        }
        BundleOpener.requireSignature(bundle, devices.signingKey(device.key()).orElse(""));
        return device;
    }

    private static RecordOutcome outcome(SyncResult result, Taken taken) {
        if (result.state() == SyncState.SENT) {
            return new RecordOutcome(
                    result.clientId(),
                    taken.wasResent(result) ? Outcome.ALREADY_PRESENT : Outcome.CREATED,
                    result.reference(),
                    null,
                    null,
                    null);
        }
        Outcome outcome = result.state() == SyncState.CONFLICT ? Outcome.CONFLICT : Outcome.REFUSED;
        return new RecordOutcome(
                result.clientId(),
                outcome,
                null,
                result.problem().code().name(),
                result.problem().field(),
                result.problem().message());
    }

    /**
     * One entry per record and per edit, and one for the bundle with its device and counts; no personal data
     * in any.
     */
    private void auditImport(BundleImportReport report, Taken taken, String importedBy) {
        String bundleId = report.bundleId().toString();
        for (RecordOutcome record : report.outcomes()) {
            auditOne(
                    report,
                    bundleId,
                    "record",
                    record.clientId(),
                    record.outcome().name(),
                    record.code(),
                    importedBy);
        }
        for (EditOutcome edit : report.edits()) {
            auditOne(report, bundleId, "edit", edit.clientId(), edit.result().name(), edit.code(), importedBy);
        }
        Map<String, Object> details = new LinkedHashMap<>(taken.details());
        details.put("bundle", bundleId);
        details.put("officer", report.officer());
        details.put("createdAt", report.createdAt().toString());
        details.put("created", (int) report.created());
        details.put("alreadyPresent", (int) report.alreadyPresent());
        details.put("edits", report.edits().size());
        details.put("editsApplied", (int) report.count(EditResult.APPLIED));
        details.put("editsNeedingAttention", (int) report.editsNeedingAttention());
        audit.recordWithChange(
                new AuditEntry(
                        OfflineAuditAction.IMPORT_OFFLINE_BUNDLE,
                        "offline_device",
                        report.deviceId().toString(),
                        null,
                        details),
                importedBy);
    }

    private void auditOne(
            BundleImportReport report,
            String bundleId,
            String kind,
            java.util.UUID clientId,
            String outcome,
            String code,
            String importedBy) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bundle", bundleId);
        details.put("kind", kind);
        details.put("clientId", String.valueOf(clientId));
        details.put("outcome", outcome);
        details.put("code", code == null ? "" : code);
        audit.recordWithChange(
                new AuditEntry(
                        OfflineAuditAction.IMPORT_OFFLINE_BUNDLE_RECORD,
                        "offline_device",
                        report.deviceId().toString(),
                        null,
                        details),
                importedBy);
    }
}
