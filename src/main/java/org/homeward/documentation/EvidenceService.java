package org.homeward.documentation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.web.ControlCharacters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps scanned documents as evidence: checks their content, encrypts them, and hands them out
 * only to those whose scope covers the household. Every addition, view and download is an entry
 * in the audit trail, and those entries are the file's chain of custody.
 */
@Service
public class EvidenceService {

    static final String TARGET = "evidence_file";
    static final int MAX_TITLE = 200;
    private final EvidenceRepository files;
    private final EvidenceCipher cipher;
    private final HouseholdQueries households;
    private final AuditTrail audit;
    private final CurrentAccess access;
    private final DocumentationCaseService cases;
    private final Clock clock;

    EvidenceService(
            EvidenceRepository files,
            EvidenceCipher cipher,
            HouseholdQueries households,
            AuditTrail audit,
            CurrentAccess access,
            DocumentationCaseService cases,
            Clock clock) {
        this.files = files;
        this.cases = cases;
        this.cipher = cipher;
        this.households = households;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Checks, encrypts and keeps a scanned document of a household in the caller's scope. */
    @Transactional
    public EvidenceFile add(UUID householdId, NewEvidence upload) {
        households.find(householdId);
        return store(householdId, upload, null, null);
    }

    /** Keeps a document already known to be the caller's to add; the locker gives its document and version. */
    EvidenceFile store(UUID householdId, NewEvidence upload, UUID lockerDocumentId, Integer lockerVersion) {
        String title = checkedTitle(upload.title());
        checkCaseAndStep(householdId, upload.caseId(), upload.stepId());
        EvidenceMediaType type = EvidenceContentCheck.check(upload.content());
        UUID id = UUID.randomUUID();
        EvidenceCipher.Sealed sealed = cipher.encrypt(upload.content(), id, householdId);
        EvidenceFile file = new EvidenceFile(
                id,
                householdId,
                upload.caseId(),
                upload.stepId(),
                lockerDocumentId,
                lockerVersion,
                title,
                type.mediaType(),
                upload.content().length,
                sha256(upload.content()),
                sealed.keyId(),
                clock.instant(),
                access.actor(),
                null,
                null);
        files.insert(file, sealed.ciphertext());
        audit.recordWithChange(new AuditEntry(
                DocumentationAuditAction.EVIDENCE_ADDED, TARGET, id.toString(), null, custodyDetails(file)));
        return file;
    }

    /** Refuses a case that is not this household's (or not in scope), and a step that is not one of the case's. */
    private void checkCaseAndStep(UUID householdId, UUID caseId, UUID stepId) {
        if (caseId == null) {
            if (stepId != null) {
                throw EvidenceRefusedException.badField(
                        "stepId",
                        DocumentationProblemCode.EVIDENCE_STEP_WITHOUT_CASE,
                        "A step is named together with its case");
            }
            return;
        }
        DocumentationCase found = cases.find(caseId)
                .filter(known -> known.householdId().equals(householdId))
                .orElseThrow(() -> EvidenceRefusedException.badField(
                        "caseId",
                        DocumentationProblemCode.EVIDENCE_CASE_UNKNOWN,
                        "names no documentation case of this household"));
        if (stepId != null && found.step(stepId).isEmpty()) {
            throw EvidenceRefusedException.badField(
                    "stepId", DocumentationProblemCode.EVIDENCE_STEP_UNKNOWN, "names no step of the case");
        }
    }

    /** A file's description, shown to the caller: the view is part of its chain of custody. */
    public EvidenceFile view(UUID fileId) {
        EvidenceFile file = inScope(fileId);
        audit.record(new AuditEntry(
                DocumentationAuditAction.EVIDENCE_VIEWED, TARGET, fileId.toString(), null, custodyDetails(file)));
        return file;
    }

    /**
     * A file's decrypted content for the caller to download: the download is part of its chain of
     * custody. A ciphertext that was changed or moved is refused, and the refusal is recorded too.
     */
    public EvidenceDownload download(UUID fileId) {
        EvidenceFile file = inScope(fileId);
        if (file.erased()) {
            throw new EvidenceErasedException();
        }
        byte[] content;
        try {
            content = cipher.decrypt(files.ciphertext(fileId), fileId, file.householdId());
        } catch (EvidenceTamperedException tampered) {
            audit.record(new AuditEntry(
                    DocumentationAuditAction.EVIDENCE_INTEGRITY_FAILED,
                    TARGET,
                    fileId.toString(),
                    null,
                    custodyDetails(file)));
            throw tampered;
        }
        if (!sha256(content).equals(file.sha256())) {
            audit.record(new AuditEntry(
                    DocumentationAuditAction.EVIDENCE_INTEGRITY_FAILED,
                    TARGET,
                    fileId.toString(),
                    null,
                    custodyDetails(file)));
            throw new EvidenceTamperedException(fileId);
        }
        audit.record(new AuditEntry(
                DocumentationAuditAction.EVIDENCE_DOWNLOADED, TARGET, fileId.toString(), null, custodyDetails(file)));
        return new EvidenceDownload(file, content);
    }

    /** The household's evidence files, newest first (descriptions only). */
    public List<EvidenceFile> ofHousehold(UUID householdId) {
        households.find(householdId);
        List<EvidenceFile> found = files.ofHousehold(householdId);
        audit.record(new AuditEntry(
                DocumentationAuditAction.EVIDENCE_LISTED,
                "household",
                householdId.toString(),
                null,
                Map.of("files", found.size())));
        return found;
    }

    /**
     * The evidence files gathered for a documentation case in the caller's scope, oldest first (none for
     * a case outside it); the listing names the household in the audit trail.
     */
    public List<EvidenceFile> ofCase(UUID caseId) {
        Optional<DocumentationCase> found = cases.find(caseId);
        if (found.isEmpty()) {
            return List.of();
        }
        List<EvidenceFile> listed = files.ofCase(caseId).stream()
                .filter(file -> covers(file.householdId()))
                .toList();
        audit.record(new AuditEntry(
                DocumentationAuditAction.EVIDENCE_LISTED,
                "documentation_case",
                caseId.toString(),
                null,
                Map.of(
                        "files",
                        listed.size(),
                        "households",
                        List.of(found.get().householdId().toString()))));
        return listed;
    }

    /** Who added, viewed and downloaded the file, and when: its entries in the audit trail, newest first. */
    public List<AuditRecord> custody(UUID fileId) {
        inScope(fileId);
        return audit.query(null, TARGET, fileId.toString(), null, null, 1000);
    }

    private EvidenceFile inScope(UUID fileId) {
        EvidenceFile file = files.find(fileId).orElseThrow(() -> new EvidenceNotFoundException(fileId.toString()));
        if (!covers(file.householdId())) {
            throw new EvidenceNotFoundException(fileId.toString());
        }
        return file;
    }

    private boolean covers(UUID householdId) {
        try {
            households.find(householdId);
            return true;
        } catch (HouseholdNotFoundException outside) {
            return false;
        }
    }

    static String checkedTitle(String title) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > MAX_TITLE
                || ControlCharacters.refused(trimmed)
                || trimmed.contains("\n")
                || trimmed.contains("\r")) {
            throw EvidenceRefusedException.badField(
                    "title",
                    DocumentationProblemCode.EVIDENCE_TITLE_INVALID,
                    "Say what the document is, on one line of at most " + MAX_TITLE + " characters");
        }
        return trimmed;
    }

    private static Map<String, Object> custodyDetails(EvidenceFile file) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("household", file.householdId().toString());
        // Under the key every read of people uses, so that "who looked at this household" finds file reads too.
        details.put("households", List.of(file.householdId().toString()));
        details.put("sha256", file.sha256());
        if (file.caseId() != null) {
            details.put("case", file.caseId().toString());
        }
        return details;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
