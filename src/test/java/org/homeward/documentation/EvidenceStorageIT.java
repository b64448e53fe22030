package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence files through the real API on the real database: what is stored is ciphertext only,
 * tampering and moving ciphertexts are caught on read, only real PDFs, JPEGs and PNGs of at most
 * 10 MB are kept, and every addition, view and download is in the audit trail.
 */
@HomewardTest
class EvidenceStorageIT {

    private static final byte[][] MAGIC = {
        "%PDF".getBytes(StandardCharsets.US_ASCII),
        {(byte) 0x89, 'P', 'N', 'G'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}
    };

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentationCaseService cases;

    @LocalServerPort
    int port;

    EvidenceHttp coordinator;
    Household household;

    @BeforeEach
    void setUp() {
        EvidenceTestData.user(users, "evidence.coordinator", Role.COORDINATOR);
        coordinator = new EvidenceHttp(port, "evidence.coordinator", EvidenceTestData.PASSWORD);
        household = EvidenceTestData.household(
                households, "SY010000", "EV-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private UUID upload(String fileName, String type, byte[] content) {
        EvidenceHttp.Answer answer = coordinator.upload(
                "/api/v1/evidence/households/" + household.id(),
                fileName,
                type,
                content,
                Map.of("title", "Hospital birth notification"));
        assertThat(answer.status())
                .as(new String(answer.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        return UUID.fromString(answer.json().path("id").asString());
    }

    private byte[] stored(UUID id) {
        return jdbc.sql("SELECT ciphertext FROM evidence_file WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    @Test
    void theStoredBytesHoldNeitherThePlaintextNorTheMagicBytesAndTheDownloadGivesTheFileBack() {
        String secret = "Birth of Layla Alhalabi at Rafik Hariri hospital";
        Map<String, byte[]> samples = Map.of(
                "application/pdf",
                EvidenceSamples.pdf(secret),
                "image/png",
                EvidenceSamples.png(3),
                "image/jpeg",
                EvidenceSamples.jpeg(5));
        assertThat(EvidenceSamples.contains(samples.get("application/pdf"), secret.getBytes(StandardCharsets.US_ASCII)))
                .as("the sample PDF holds its text in the clear")
                .isTrue();
        for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
            UUID id = upload("scan", sample.getKey(), sample.getValue());
            byte[] stored = stored(id);
            assertThat(stored.length).isGreaterThan(sample.getValue().length);
            assertThat(EvidenceSamples.contains(stored, secret.getBytes(StandardCharsets.US_ASCII)))
                    .isFalse();
            for (byte[] magic : MAGIC) {
                assertThat(EvidenceSamples.contains(stored, magic))
                        .as(sample.getKey() + " " + HexFormat.of().formatHex(magic))
                        .isFalse();
            }
            // Any 16-byte run of the plaintext would show it was stored in the clear, whole or in part.
            for (int offset = 0; offset + 16 <= sample.getValue().length; offset += 16) {
                assertThat(EvidenceSamples.contains(
                                stored, java.util.Arrays.copyOfRange(sample.getValue(), offset, offset + 16)))
                        .isFalse();
            }
            String sha256 = jdbc.sql("SELECT sha256 FROM evidence_file WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
            assertThat(sha256).isEqualTo(EvidenceService.sha256(sample.getValue()));
            EvidenceHttp.Answer download = coordinator.get("/api/v1/evidence/files/" + id + "/content");
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.bytes()).isEqualTo(sample.getValue());
            assertThat(download.header("Content-Type")).startsWith(sample.getKey());
            assertThat(download.header("Content-Disposition"))
                    .startsWith("attachment")
                    .doesNotContain("Alhalabi");
            assertThat(download.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void aByteFlippedInTheStoredCiphertextIsDetectedOnReadAndNothingIsShown() {
        byte[] plaintext = EvidenceSamples.pdf("Family booklet page 3");
        UUID id = upload("booklet.pdf", "application/pdf", plaintext);
        byte[] stored = stored(id);
        stored[stored.length / 2] ^= 0x01;
        jdbc.sql("UPDATE evidence_file SET ciphertext = :bytes WHERE id = :id")
                .param("bytes", stored)
                .param("id", id)
                .update();

        EvidenceHttp.Answer refused = coordinator.get("/api/v1/evidence/files/" + id + "/content");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asString()).isEqualTo("EVIDENCE_INTEGRITY_FAILED");
        assertThat(EvidenceSamples.contains(refused.bytes(), "Family booklet".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(audit.query(null, "evidence_file", id.toString(), null, null, 10))
                .extracting(AuditRecord::action)
                .contains("EVIDENCE_INTEGRITY_FAILED")
                .doesNotContain("EVIDENCE_DOWNLOADED");
    }

    @Test
    void aCiphertextMovedToAnotherFilesRowOrAnotherHouseholdsDoesNotDecryptThere() {
        UUID first = upload("first.png", "image/png", EvidenceSamples.png(7));
        UUID second = upload("second.png", "image/png", EvidenceSamples.png(9));
        Household other = EvidenceTestData.household(
                households, "SY010000", "EV-O" + UUID.randomUUID().toString().substring(0, 6));
        EvidenceHttp.Answer elsewhere = coordinator.upload(
                "/api/v1/evidence/households/" + other.id(),
                "x.png",
                "image/png",
                EvidenceSamples.png(11),
                Map.of("title", "Other household's scan"));
        UUID third = UUID.fromString(elsewhere.json().path("id").asString());
        byte[] firstCiphertext = stored(first);

        for (UUID target : List.of(second, third)) {
            jdbc.sql("UPDATE evidence_file SET ciphertext = :bytes WHERE id = :id")
                    .param("bytes", firstCiphertext)
                    .param("id", target)
                    .update();
            EvidenceHttp.Answer moved = coordinator.get("/api/v1/evidence/files/" + target + "/content");
            assertThat(moved.status()).as(target.toString()).isEqualTo(409);
            assertThat(moved.json().path("code").asString()).isEqualTo("EVIDENCE_INTEGRITY_FAILED");
        }
        assertThat(coordinator
                        .get("/api/v1/evidence/files/" + first + "/content")
                        .bytes())
                .isEqualTo(EvidenceSamples.png(7));
    }

    @Test
    void anHtmlFileNamedPdfIsRefusedByItsContentAndNothingIsStored() {
        long before = count();
        EvidenceHttp.Answer refused = coordinator.upload(
                "/api/v1/evidence/households/" + household.id(),
                "birth.pdf",
                "application/pdf",
                EvidenceSamples.html(),
                Map.of("title", "Birth certificate"));

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().path("code").asString()).isEqualTo("EVIDENCE_TYPE_REFUSED");
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("file");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFileThatStartsLikeAPngButIsDamagedIsRefused() {
        byte[] png = EvidenceSamples.png(2);
        EvidenceHttp.Answer refused = coordinator.upload(
                "/api/v1/evidence/households/" + household.id(),
                "scan.png",
                "image/png",
                java.util.Arrays.copyOf(png, 40),
                Map.of("title", "Damaged scan"));

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().path("code").asString()).isEqualTo("EVIDENCE_UNREADABLE");
    }

    @Test
    void anElevenMegabyteFileIsRefusedWithAClearProblemAndNothingIsStored() {
        long before = count();
        byte[] big = new byte[11 * 1024 * 1024];
        byte[] pdf = EvidenceSamples.pdf("large");
        System.arraycopy(pdf, 0, big, 0, pdf.length);

        EvidenceHttp.Answer refused = coordinator.upload(
                "/api/v1/evidence/households/" + household.id(),
                "big.pdf",
                "application/pdf",
                big,
                Map.of("title", "Large scan"));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().path("code").asString()).isEqualTo("UPLOAD_TOO_LARGE");
        assertThat(refused.json().path("detail").asString()).contains("KiB");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void addingViewingAndDownloadingAreTheFilesChainOfCustodyInTheAuditTrail() {
        UUID id = upload("notification.jpg", "image/jpeg", EvidenceSamples.jpeg(4));
        assertThat(coordinator.get("/api/v1/evidence/files/" + id + "/content").status())
                .isEqualTo(200);

        EvidenceHttp.Answer view = coordinator.get("/api/v1/evidence/files/" + id);

        assertThat(view.status()).isEqualTo(200);
        List<AuditRecord> trail = audit.query(null, "evidence_file", id.toString(), null, null, 10);
        assertThat(trail)
                .extracting(AuditRecord::action)
                .containsExactly("EVIDENCE_VIEWED", "EVIDENCE_DOWNLOADED", "EVIDENCE_ADDED");
        assertThat(trail).extracting(AuditRecord::actor).containsOnly("evidence.coordinator");
        assertThat(trail.get(2).details())
                .containsEntry("household", household.id().toString())
                .containsEntry("sha256", EvidenceService.sha256(EvidenceSamples.jpeg(4)));
        List<String> listed = view.json().path("custody").findValuesAsString("action");
        assertThat(listed).containsExactly("EVIDENCE_VIEWED", "EVIDENCE_DOWNLOADED", "EVIDENCE_ADDED");
    }

    @Test
    void aCoordinatorOfAnotherAreaAndARegistrationOfficerCannotReachTheFile() {
        UUID id = upload("scan.png", "image/png", EvidenceSamples.png(5));
        EvidenceTestData.user(users, "evidence.elsewhere", Role.COORDINATOR, "SY14");
        EvidenceTestData.user(users, "evidence.officer", Role.REGISTRATION_OFFICER);
        EvidenceHttp elsewhere = new EvidenceHttp(port, "evidence.elsewhere", EvidenceTestData.PASSWORD);
        EvidenceHttp officer = new EvidenceHttp(port, "evidence.officer", EvidenceTestData.PASSWORD);

        assertThat(elsewhere.get("/api/v1/evidence/files/" + id + "/content").status())
                .isEqualTo(404);
        assertThat(elsewhere.get("/api/v1/evidence/files/" + id).status()).isEqualTo(404);
        assertThat(officer.get("/api/v1/evidence/files/" + id + "/content").status())
                .isEqualTo(403);
        assertThat(officer.upload(
                                "/api/v1/evidence/households/" + household.id(),
                                "scan.png",
                                "image/png",
                                EvidenceSamples.png(5),
                                Map.of("title", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(audit.query(null, "evidence_file", id.toString(), null, null, 10))
                .extracting(AuditRecord::action)
                .containsExactly("EVIDENCE_ADDED");
    }

    @Test
    void evidenceRowsCannotBeDeletedOrRewritten() {
        UUID id = upload("scan.png", "image/png", EvidenceSamples.png(6));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM evidence_file WHERE id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("kept");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("UPDATE evidence_file SET title = 'x' WHERE id = :id")
                                .param("id", id)
                                .update())
                .hasMessageContaining("kept");
    }

    @Test
    void evidenceGatheredForACaseStepIsListedForThatCase() {
        DocumentationCase birth = birthCaseOf(household);
        UUID caseId = birth.id();
        UUID stepId = birth.steps().get(0).id();
        EvidenceHttp.Answer added = coordinator.upload(
                "/api/v1/evidence/households/" + household.id(),
                "n.pdf",
                "application/pdf",
                EvidenceSamples.pdf("Medical notification"),
                Map.of("title", "Medical notification", "caseId", caseId.toString(), "stepId", stepId.toString()));
        upload("other.png", "image/png", EvidenceSamples.png(12));

        EvidenceHttp.Answer forCase = coordinator.get("/api/v1/evidence/cases/" + caseId);

        assertThat(added.json().path("stepId").asString()).isEqualTo(stepId.toString());
        assertThat(forCase.json()).hasSize(1);
        assertThat(forCase.json().get(0).path("id").asString())
                .isEqualTo(added.json().path("id").asString());
    }

    @Test
    void anArabicTitleSentInAFormWithoutACharsetIsKeptAsTyped() {
        String title = "إشعار الولادة من مستشفى رفيق الحريري";
        EvidenceHttp.Answer added = coordinator.upload(
                "/api/v1/evidence/households/" + household.id(),
                "n.png",
                "image/png",
                EvidenceSamples.png(23),
                Map.of("title", title));

        assertThat(added.status())
                .as(new String(added.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        assertThat(jdbc.sql("SELECT title FROM evidence_file WHERE id = CAST(:id AS uuid)")
                        .param("id", added.json().path("id").asString())
                        .query(String.class)
                        .single())
                .isEqualTo(title);
    }

    @Test
    void evidenceNamingACaseOfAnotherHouseholdOrAStepOfAnotherCaseIsRefusedAndNothingIsKept() {
        Household other = EvidenceTestData.household(
                households, "SY010000", "EV-C" + UUID.randomUUID().toString().substring(0, 6));
        DocumentationCase ours = birthCaseOf(household);
        DocumentationCase theirs = birthCaseOf(other);
        String path = "/api/v1/evidence/households/" + household.id();
        byte[] scan = EvidenceSamples.png(21);

        EvidenceHttp.Answer otherCase = coordinator.upload(
                path,
                "a.png",
                "image/png",
                scan,
                Map.of("title", "Scan", "caseId", theirs.id().toString()));
        EvidenceHttp.Answer unknownCase = coordinator.upload(
                path,
                "a.png",
                "image/png",
                scan,
                Map.of("title", "Scan", "caseId", UUID.randomUUID().toString()));
        EvidenceHttp.Answer otherStep = coordinator.upload(
                path,
                "a.png",
                "image/png",
                scan,
                Map.of(
                        "title",
                        "Scan",
                        "caseId",
                        ours.id().toString(),
                        "stepId",
                        theirs.steps().get(0).id().toString()));
        EvidenceHttp.Answer stepAlone = coordinator.upload(
                path,
                "a.png",
                "image/png",
                scan,
                Map.of("title", "Scan", "stepId", ours.steps().get(0).id().toString()));

        assertThat(List.of(otherCase, unknownCase, otherStep, stepAlone))
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(400));
        assertThat(otherCase.json().path("code").asString()).isEqualTo("EVIDENCE_CASE_UNKNOWN");
        assertThat(unknownCase.json().path("code").asString()).isEqualTo("EVIDENCE_CASE_UNKNOWN");
        assertThat(otherStep.json().path("code").asString()).isEqualTo("EVIDENCE_STEP_UNKNOWN");
        assertThat(stepAlone.json().path("code").asString()).isEqualTo("EVIDENCE_STEP_WITHOUT_CASE");
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_file WHERE household_id = :id")
                        .param("id", household.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDatabaseRefusesEvidenceNamingACaseOrStepThatDoesNotExist() {
        UUID id = upload("scan.png", "image/png", EvidenceSamples.png(22));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("""
                        INSERT INTO evidence_file (id, household_id, case_id, title, media_type, size_bytes, sha256, key_id,
                            ciphertext, added_at, added_by)
                        SELECT gen_random_uuid(), household_id, gen_random_uuid(), title, media_type, size_bytes, sha256, key_id,
                            ciphertext, added_at, added_by FROM evidence_file WHERE id = :id""").param("id", id).update())
                .hasMessageContaining("evidence_file_case");
        DocumentationCase birth = birthCaseOf(household);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        jdbc.sql("""
                        INSERT INTO evidence_file (id, household_id, case_id, step_id, title, media_type, size_bytes, sha256,
                            key_id, ciphertext, added_at, added_by)
                        SELECT gen_random_uuid(), household_id, :case, gen_random_uuid(), title, media_type, size_bytes, sha256,
                            key_id, ciphertext, added_at, added_by FROM evidence_file WHERE id = :id""").param("id", id).param("case", birth.id()).update())
                .hasMessageContaining("evidence_file_step");
    }

    /** A birth case on the household's daughter, opened by the system. */
    private DocumentationCase birthCaseOf(Household owner) {
        UUID daughter = owner.members().get(1).id();
        return cases.open(new OpenCaseRequest(owner.id(), daughter, "BIRTH_ABROAD", "LBN", null));
    }

    @Test
    void onlyAnAdministratorRunsReEncryptionAndWithNothingUnderAnOldKeyItMovesNothing() {
        EvidenceTestData.user(users, "evidence.admin", Role.ADMIN);
        upload("scan.png", "image/png", EvidenceSamples.png(13));

        EvidenceHttp.Answer byCoordinator = coordinator.post("/api/v1/evidence/re-encryption");
        EvidenceHttp.Answer byAdmin = new EvidenceHttp(port, "evidence.admin", EvidenceTestData.PASSWORD)
                .post("/api/v1/evidence/re-encryption");

        assertThat(byCoordinator.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(200);
        long primary = byAdmin.json().path("primaryKeyId").asLong();
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_file WHERE household_id = :id AND key_id <> :key")
                        .param("id", household.id())
                        .param("key", primary)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM evidence_file WHERE household_id = :id")
                .param("id", household.id())
                .query(Long.class)
                .single();
    }
}
