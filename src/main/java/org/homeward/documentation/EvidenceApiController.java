package org.homeward.documentation;

import java.util.List;
import java.util.UUID;
import org.homeward.access.AuditRecord;
import org.homeward.registry.HouseholdQueries;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The evidence API: upload, list, describe and download evidence files, the property locker, and re-encryption. */
@RestController
@RequestMapping("/api/v1/evidence")
class EvidenceApiController {

    private final EvidenceService evidence;
    private final PropertyLockerService lockers;
    private final EvidenceReencryption reencryption;
    private final HouseholdQueries households;

    EvidenceApiController(
            EvidenceService evidence,
            PropertyLockerService lockers,
            EvidenceReencryption reencryption,
            HouseholdQueries households) {
        this.households = households;
        this.evidence = evidence;
        this.lockers = lockers;
        this.reencryption = reencryption;
    }

    /** A file with its chain of custody: who added, viewed and downloaded it. */
    record EvidenceFileView(EvidenceFile file, List<AuditRecord> custody) {}

    @PostMapping("/households/{id}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    EvidenceFile upload(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) UUID stepId) {
        // The household first: one outside the caller's scope is "not found", whatever was sent.
        households.find(id);
        return evidence.add(id, EvidenceUploads.read(file, title, caseId, stepId));
    }

    @GetMapping("/households/{id}")
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    List<EvidenceFile> ofHousehold(@PathVariable UUID id) {
        return evidence.ofHousehold(id);
    }

    @GetMapping("/cases/{caseId}")
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    List<EvidenceFile> ofCase(@PathVariable UUID caseId) {
        return evidence.ofCase(caseId);
    }

    @PostMapping("/households/{id}/locker")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    EvidenceFile addToLocker(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String document,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) UUID caseId) {
        households.find(id);
        return lockers.addVersion(id, document, EvidenceUploads.read(file, title, caseId, null));
    }

    @GetMapping("/households/{id}/locker")
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    List<PropertyLockerDocument> locker(@PathVariable UUID id) {
        return lockers.locker(id);
    }

    @GetMapping("/files/{fileId}")
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    EvidenceFileView file(@PathVariable UUID fileId) {
        EvidenceFile file = evidence.view(fileId);
        return new EvidenceFileView(file, evidence.custody(fileId));
    }

    @GetMapping("/files/{fileId}/content")
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    ResponseEntity<byte[]> content(@PathVariable UUID fileId) {
        return attachment(evidence.download(fileId));
    }

    @PostMapping("/re-encryption")
    @PreAuthorize(EvidenceRoles.ROTATE_KEYS)
    EvidenceReencryption.Report reencrypt() {
        return reencryption.reencryptAll();
    }

    /** The file as a download that no browser renders in place, caches, or second-guesses the type of. */
    static ResponseEntity<byte[]> attachment(EvidenceDownload download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.file().mediaType()))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(download.file().downloadName())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(download.content());
    }
}
