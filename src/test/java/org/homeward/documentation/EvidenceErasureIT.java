package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.DataSubjectRequest;
import org.homeward.registry.DataSubjectRequestService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data-subject deletion erases the evidence gathered about the person, read back from the storage:
 * the ciphertext and title are gone, the fingerprint, who erased it and when are kept, the erasure is
 * in the file's chain of custody, the file can no longer be downloaded, and the rest of the
 * household's evidence is untouched.
 */
@HomewardTest
class EvidenceErasureIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    DataSubjectRequestService requests;

    @Autowired
    DocumentationCaseService cases;

    @Autowired
    EvidenceService evidence;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** One stored row of evidence_file as the database holds it. */
    private record Stored(boolean hasCiphertext, String title, String sha256, String erasedBy, boolean erasedAtSet) {}

    private Stored stored(UUID id) {
        return jdbc.sql(
                        "SELECT ciphertext IS NOT NULL AS has, title, sha256, erased_by, erased_at IS NOT NULL AS erased "
                                + "FROM evidence_file WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(
                        rs.getBoolean("has"),
                        rs.getString("title"),
                        rs.getString("sha256"),
                        rs.getString("erased_by"),
                        rs.getBoolean("erased")))
                .single();
    }

    @Test
    void deletingAPersonErasesTheEvidenceOfTheirCasesAndKeepsItsCustody() {
        Household household = EvidenceTestData.household(
                households, "SY010000", "EV-E" + UUID.randomUUID().toString().substring(0, 6));
        UUID mother = household.members().get(0).id();
        UUID daughter = household.members().get(1).id();
        DocumentationCase birth =
                cases.open(new OpenCaseRequest(household.id(), daughter, "BIRTH_ABROAD", "LBN", null));
        DocumentationCase motherId =
                cases.open(new OpenCaseRequest(household.id(), mother, "NATIONAL_ID_REPLACEMENT", "SYR", null));
        byte[] notification = EvidenceSamples.pdf("Birth notification of Layla Alhalabi");
        EvidenceFile aboutDaughter = evidence.add(
                household.id(),
                new NewEvidence(
                        "Birth notification, Layla",
                        birth.id(),
                        birth.steps().get(0).id(),
                        notification));
        EvidenceFile aboutMother = evidence.add(
                household.id(), new NewEvidence("Loss report, Huda", motherId.id(), null, EvidenceSamples.png(31)));
        EvidenceFile ofHousehold =
                evidence.add(household.id(), new NewEvidence("Rent contract", null, null, EvidenceSamples.jpeg(32)));
        DataSubjectRequest deletion =
                requests.open(household.id(), daughter, "DELETION", "asked at the desk", "desk.officer");

        requests.complete(household.id(), deletion.id(), "erased", "protection.officer");

        Stored erased = stored(aboutDaughter.id());
        assertThat(erased.hasCiphertext()).isFalse();
        assertThat(erased.title()).isEqualTo("[erased]");
        assertThat(erased.sha256()).isEqualTo(EvidenceService.sha256(notification));
        assertThat(erased.erasedBy()).isEqualTo("protection.officer");
        assertThat(erased.erasedAtSet()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_file WHERE id = :id AND position(:name IN title) > 0")
                        .param("id", aboutDaughter.id())
                        .param("name", "Layla")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(List.of(stored(aboutMother.id()), stored(ofHousehold.id()))).allSatisfy(kept -> {
            assertThat(kept.hasCiphertext()).isTrue();
            assertThat(kept.erasedAtSet()).isFalse();
        });
        assertThat(evidence.custody(aboutDaughter.id()))
                .extracting(record -> record.action())
                .contains("EVIDENCE_ADDED", "EVIDENCE_ERASED");
        assertThatThrownBy(() -> evidence.download(aboutDaughter.id())).isInstanceOf(EvidenceErasedException.class);
        assertThat(evidence.download(aboutMother.id()).content()).isEqualTo(EvidenceSamples.png(31));
    }

    @Test
    void anErasedFileIsGoneForGoodAndTheApiSaysSo() {
        Household household = EvidenceTestData.household(
                households, "SY010000", "EV-G" + UUID.randomUUID().toString().substring(0, 6));
        UUID daughter = household.members().get(1).id();
        DocumentationCase birth =
                cases.open(new OpenCaseRequest(household.id(), daughter, "BIRTH_ABROAD", "LBN", null));
        byte[] scan = EvidenceSamples.png(33);
        EvidenceFile file = evidence.add(household.id(), new NewEvidence("Birth notification", birth.id(), null, scan));
        DataSubjectRequest deletion = requests.open(household.id(), daughter, "DELETION", null, "desk.officer");
        requests.complete(household.id(), deletion.id(), "erased", "protection.officer");

        assertThatThrownBy(() -> jdbc.sql(
                                "UPDATE evidence_file SET ciphertext = :bytes, erased_at = NULL, erased_by = NULL, "
                                        + "title = 'Birth notification' WHERE id = :id")
                        .param("bytes", scan)
                        .param("id", file.id())
                        .update())
                .hasMessageContaining("kept");
        EvidenceTestData.user(users, "evidence.eraser", Role.COORDINATOR);
        EvidenceHttp coordinator = new EvidenceHttp(port, "evidence.eraser", EvidenceTestData.PASSWORD);
        EvidenceHttp.Answer content = coordinator.get("/api/v1/evidence/files/" + file.id() + "/content");
        EvidenceHttp.Answer described = coordinator.get("/api/v1/evidence/files/" + file.id());
        assertThat(content.status()).isEqualTo(410);
        assertThat(content.json().path("code").asString()).isEqualTo("EVIDENCE_ERASED");
        assertThat(described.json().path("file").path("erasedBy").asString()).isEqualTo("protection.officer");
        assertThat(described.json().path("file").path("title").asString()).isEqualTo("[erased]");
    }
}
