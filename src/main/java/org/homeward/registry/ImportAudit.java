package org.homeward.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The audit trail's account of a bulk import: one {@code IMPORT} entry when it starts writing (file,
 * SHA-256 checksum, rows), one per written batch recorded in the batch's own transaction (so an
 * import killed halfway leaves entries for exactly what it wrote), and one when it ends. A refused
 * import gets one entry saying so. Entries carry no personal data: counts, rows and references.
 */
@Component
class ImportAudit {

    static final RegistryAuditAction ACTION = RegistryAuditAction.IMPORT;
    private static final String TARGET = "file";
    private final AuditTrail trail;
    /** Who runs each import under way: its batches are written on worker threads that know no signed-in user. */
    private final Map<String, String> actors = new ConcurrentHashMap<>();

    ImportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records that an import found problems and wrote nothing. */
    void refused(Path file, ImportReport report, ImportOptions options) {
        Map<String, Object> details = details("refused", null);
        details.put("rows", report.rows());
        details.put("households", report.households());
        details.put("rejected", report.invalidHouseholds());
        trail.record(new AuditEntry(ACTION, TARGET, nameOf(file), null, details), options.auditActor());
    }

    /** Records that an import starts writing; answers the id that ties its later entries to this one. */
    String started(Path file, ImportReport checked, ImportOptions options) throws IOException {
        String importId = UUID.randomUUID().toString();
        actors.put(importId, options.auditActor());
        Map<String, Object> details = details("started", importId);
        details.put("sha256", checksum(file));
        details.put("rows", checked.rows());
        details.put("households", checked.households());
        details.put("rejected", checked.invalidHouseholds());
        details.put("alreadyPresent", checked.householdsAlreadyPresent());
        trail.record(new AuditEntry(ACTION, TARGET, nameOf(file), null, details), options.auditActor());
        return importId;
    }

    /** Records a written batch; called inside the batch's transaction, so the entry stands or falls with it. */
    void batchWritten(
            String importId,
            Path file,
            int batch,
            HouseholdBulkWriter.BatchResult result,
            long firstRow,
            long lastRow) {
        Map<String, Object> details = details("batch", importId);
        details.put("batch", batch);
        details.put("households", result.written());
        details.put("individuals", result.individuals());
        // Every reference written: references are not sequential, so a range would not say which.
        details.put("references", result.references());
        details.put("firstRow", firstRow);
        details.put("lastRow", lastRow);
        trail.recordWithChange(new AuditEntry(ACTION, TARGET, nameOf(file), null, details), actors.get(importId));
    }

    /** Records how the import ended. */
    void completed(String importId, Path file, ImportReport report, ImportOptions options) {
        actors.remove(importId);
        Map<String, Object> details = details("completed", importId);
        details.put("households", report.householdsWritten());
        details.put("individuals", report.individualsWritten());
        details.put("alreadyPresent", report.householdsAlreadyPresent());
        details.put("rejected", report.invalidHouseholds());
        trail.record(new AuditEntry(ACTION, TARGET, nameOf(file), null, details), options.auditActor());
    }

    /** Records that an import stopped on a failure; its batch entries say what it wrote before. */
    void stopped(String importId, Path file, Exception failure, ImportOptions options) {
        actors.remove(importId);
        Map<String, Object> details = details("stopped", importId);
        details.put("failure", failure.getClass().getSimpleName());
        trail.record(new AuditEntry(ACTION, TARGET, nameOf(file), null, details), options.auditActor());
    }

    private static Map<String, Object> details(String stage, String importId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stage", stage);
        if (importId != null) {
            details.put("importId", importId);
        }
        return details;
    }

    private static String nameOf(Path file) {
        return file.getFileName().toString();
    }

    /** The file's SHA-256, so that the entry says which file it was, not only its name. */
    static String checksum(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK provides SHA-256", e);
        }
    }
}
