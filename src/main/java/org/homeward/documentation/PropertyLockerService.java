package org.homeward.documentation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.registry.HouseholdQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The property locker of each household: housing, land and property evidence, kept by document
 * with every version. A new upload under a document's name is its next version; the earlier ones
 * stay, encrypted like any evidence file, because a claim may turn on what an older copy showed.
 */
@Service
class PropertyLockerService {

    private final JdbcClient jdbc;
    private final EvidenceService evidence;
    private final EvidenceRepository files;
    private final HouseholdQueries households;
    private final AuditTrail audit;
    private final CurrentAccess access;
    private final Clock clock;

    PropertyLockerService(
            JdbcClient jdbc,
            EvidenceService evidence,
            EvidenceRepository files,
            HouseholdQueries households,
            AuditTrail audit,
            CurrentAccess access,
            Clock clock) {
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.files = files;
        this.households = households;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Puts a file in the household's locker as the next version of the named document, making the
     * document when it is new. The document's row is locked, so two uploads at once get two versions.
     */
    @Transactional
    public EvidenceFile addVersion(UUID householdId, String documentName, NewEvidence upload) {
        households.find(householdId);
        String name = checkedName(documentName);
        String title = upload.title() == null || upload.title().isBlank() ? name : upload.title();
        EvidenceContentCheck.check(upload.content());
        UUID documentId = lockedDocument(householdId, name);
        int version = jdbc.sql(
                        "SELECT coalesce(max(locker_version), 0) + 1 FROM evidence_file WHERE locker_document_id = :document")
                .param("document", documentId)
                .query(Integer.class)
                .single();
        return evidence.store(
                householdId,
                new NewEvidence(title, upload.caseId(), upload.stepId(), upload.content()),
                documentId,
                version);
    }

    /** The household's locker: each document with all its versions, documents by name. */
    public List<PropertyLockerDocument> locker(UUID householdId) {
        households.find(householdId);
        List<PropertyLockerDocument> documents = jdbc.sql("""
                        SELECT id, household_id, name, created_at, created_by FROM property_locker_document
                        WHERE household_id = :household ORDER BY name_key""")
                .param("household", householdId)
                .query((rs, n) -> new PropertyLockerDocument(
                        rs.getObject("id", UUID.class),
                        rs.getObject("household_id", UUID.class),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"),
                        List.of()))
                .list();
        audit.record(new AuditEntry(
                DocumentationAuditAction.PROPERTY_LOCKER_READ,
                "household",
                householdId.toString(),
                null,
                Map.of("documents", documents.size())));
        return documents.stream()
                .map(document -> new PropertyLockerDocument(
                        document.id(),
                        document.householdId(),
                        document.name(),
                        document.createdAt(),
                        document.createdBy(),
                        files.ofLockerDocument(document.id())))
                .toList();
    }

    private UUID lockedDocument(UUID householdId, String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        jdbc.sql("""
                        INSERT INTO property_locker_document (id, household_id, name, name_key, created_at, created_by)
                        VALUES (:id, :household, :name, :key, :at, :actor) ON CONFLICT (household_id, name_key) DO NOTHING""")
                .param("id", UUID.randomUUID())
                .param("household", householdId)
                .param("name", name)
                .param("key", key)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", access.actor())
                .update();
        return jdbc.sql(
                        "SELECT id FROM property_locker_document WHERE household_id = :owner AND name_key = :key FOR UPDATE")
                .param("owner", householdId)
                .param("key", key)
                .query(UUID.class)
                .single();
    }

    private static String checkedName(String documentName) {
        try {
            return EvidenceService.checkedTitle(documentName);
        } catch (EvidenceRefusedException invalid) {
            throw EvidenceRefusedException.badField(
                    "document",
                    DocumentationProblemCode.LOCKER_DOCUMENT_INVALID,
                    "Name the property document (e.g. \"Title deed, Homs flat\"), on one line of at most "
                            + EvidenceService.MAX_TITLE + " characters");
        }
    }
}
