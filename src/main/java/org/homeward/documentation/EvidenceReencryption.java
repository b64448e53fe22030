package org.homeward.documentation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second half of a key rotation: re-encrypts every evidence file still under an older key of
 * the keyset with its primary key, file by file, each in its own transaction, so an interrupted run
 * loses nothing and the next run carries on. A file that no longer decrypts is left as it is and
 * counted, never overwritten.
 */
@Service
public class EvidenceReencryption {

    private final EvidenceRepository files;
    private final EvidenceCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    EvidenceReencryption(
            EvidenceRepository files,
            EvidenceCipher cipher,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.files = files;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a run did: files moved to the primary key, files that failed their integrity check, and that key. */
    public record Report(int reencrypted, int failed, long primaryKeyId) {}

    /** Files not yet under the primary key. */
    public long pending() {
        return files.countUnderOtherKeys(cipher.primaryKeyId());
    }

    public Report reencryptAll() {
        long primary = cipher.primaryKeyId();
        List<UUID> waiting = files.underOtherKeys(primary, Integer.MAX_VALUE);
        int done = 0;
        int failed = 0;
        for (UUID id : waiting) {
            Boolean moved = transaction.execute(status -> reencrypt(id, primary));
            if (Boolean.TRUE.equals(moved)) {
                done++;
            } else {
                failed++;
            }
        }
        audit.record(new AuditEntry(
                DocumentationAuditAction.EVIDENCE_REENCRYPTED,
                "evidence_keyset",
                Long.toString(primary),
                null,
                Map.of("reencrypted", done, "failed", failed)));
        return new Report(done, failed, primary);
    }

    private boolean reencrypt(UUID id, long primary) {
        EvidenceFile file = files.find(id).orElseThrow();
        byte[] plaintext;
        try {
            plaintext = cipher.decrypt(files.ciphertext(id), id, file.householdId());
        } catch (EvidenceTamperedException tampered) {
            return false;
        }
        EvidenceCipher.Sealed sealed = cipher.encrypt(plaintext, id, file.householdId());
        return files.reencrypted(id, file.keyId(), sealed.ciphertext(), primary, clock.instant());
    }
}
