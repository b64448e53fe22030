package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation on the real database: a file encrypted under the old primary stays readable once the
 * keyset has a new primary, and re-encryption moves it under the new key so that the old key alone
 * no longer opens it. The keysets here are the test's own, so the application's files are left
 * alone (they do not decrypt under these keysets and are counted as failed, never rewritten).
 */
@HomewardTest
class EvidenceKeyRotationIT {

    @Autowired
    EvidenceRepository repository;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    AuditTrail audit;

    @Autowired
    CurrentAccess access;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentationCaseService cases;

    @Test
    void anOldFileIsReadableAfterRotationAndReencryptionMovesItToTheNewPrimary() {
        String oldJson = EvidenceKeyset.newKeysetJson();
        String rotatedJson = EvidenceKeyset.withNewPrimary(oldJson);
        EvidenceCipher oldCipher = new EvidenceCipher(EvidenceKeyset.load(oldJson, Path.of("unused")));
        EvidenceCipher rotatedCipher = new EvidenceCipher(EvidenceKeyset.load(rotatedJson, Path.of("unused")));
        Household household = EvidenceTestData.household(
                households, "SY010000", "EV-R" + UUID.randomUUID().toString().substring(0, 6));
        byte[] scan = EvidenceSamples.pdf("Tabu extract, old key");

        EvidenceFile file = new TransactionTemplate(transactions)
                .execute(status ->
                        service(oldCipher).add(household.id(), new NewEvidence("Tabu extract", null, null, scan)));
        byte[] before = ciphertext(file.id());
        assertThat(file.keyId()).isEqualTo(oldCipher.primaryKeyId());

        EvidenceService afterRotation = service(rotatedCipher);
        assertThat(afterRotation.download(file.id()).content()).isEqualTo(scan);
        EvidenceReencryption reencryption =
                new EvidenceReencryption(repository, rotatedCipher, audit, clock, transactions);
        assertThat(reencryption.pending()).isPositive();

        EvidenceReencryption.Report report = reencryption.reencryptAll();

        assertThat(report.reencrypted()).isGreaterThanOrEqualTo(1);
        assertThat(report.primaryKeyId())
                .isEqualTo(rotatedCipher.primaryKeyId())
                .isNotEqualTo(oldCipher.primaryKeyId());
        assertThat(repository.find(file.id()).orElseThrow().keyId()).isEqualTo(rotatedCipher.primaryKeyId());
        assertThat(ciphertext(file.id())).isNotEqualTo(before);
        assertThat(afterRotation.download(file.id()).content()).isEqualTo(scan);
        assertThatThrownBy(() -> service(oldCipher).download(file.id())).isInstanceOf(EvidenceTamperedException.class);
        assertThat(jdbc.sql("SELECT reencrypted_at IS NOT NULL FROM evidence_file WHERE id = :id")
                        .param("id", file.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(new EvidenceReencryption(repository, rotatedCipher, audit, clock, transactions)
                        .reencryptAll()
                        .reencrypted())
                .as("a second run finds nothing of this keyset left to move")
                .isZero();
    }

    private EvidenceService service(EvidenceCipher cipher) {
        return new EvidenceService(repository, cipher, householdQueries, audit, access, cases, clock);
    }

    private byte[] ciphertext(UUID id) {
        return jdbc.sql("SELECT ciphertext FROM evidence_file WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }
}
