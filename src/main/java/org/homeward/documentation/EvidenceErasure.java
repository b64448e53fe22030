package org.homeward.documentation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.MemberErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Erases the evidence gathered about a person when the registry erases them at their request: the
 * files of the documentation cases about that person lose their content and title, and each erasure
 * is an entry in the file's chain of custody. It runs inside the registry's deletion, so the person
 * and their files are erased together or not at all. Files about the household as a whole (its
 * property locker, household cases, files not tied to a case) concern the other members too and are
 * kept.
 */
@Component
class EvidenceErasure {

    private final EvidenceRepository files;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceErasure(EvidenceRepository files, AuditTrail audit, Clock clock) {
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(MemberErased erased) {
        Instant now = clock.instant();
        for (EvidenceFile file : files.eraseAbout(erased.householdId(), erased.individualId(), erased.actor(), now)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("household", file.householdId().toString());
            details.put("sha256", file.sha256());
            details.put("case", file.caseId().toString());
            details.put("request", erased.requestId());
            audit.recordWithChange(new AuditEntry(
                    DocumentationAuditAction.EVIDENCE_ERASED,
                    EvidenceService.TARGET,
                    file.id().toString(),
                    "Data-subject request " + erased.requestId(),
                    details));
        }
    }
}
