package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceKeysetTest {

    @TempDir
    Path directory;

    private static final UUID FILE = UUID.randomUUID();
    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final byte[] SCAN = "%PDF-1.7 a scan".getBytes(StandardCharsets.US_ASCII);

    @Test
    void makesAnOwnerOnlyKeyFileAtFirstStartAndReadsTheSameKeyAfterwards() throws Exception {
        Path file = directory.resolve("data").resolve("evidence-keyset.json");
        EvidenceCipher first = new EvidenceCipher(EvidenceKeyset.load(null, file));
        EvidenceCipher again = new EvidenceCipher(EvidenceKeyset.load("", file));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        EvidenceCipher.Sealed sealed = first.encrypt(SCAN, FILE, HOUSEHOLD);
        assertThat(again.decrypt(sealed.ciphertext(), FILE, HOUSEHOLD)).isEqualTo(SCAN);
        assertThat(sealed.keyId()).isEqualTo(again.primaryKeyId());
    }

    @Test
    void takesTheKeysetFromTheEnvironmentBeforeAnyFile() {
        Path file = directory.resolve("evidence-keyset.json");
        EvidenceKeyset keyset = EvidenceKeyset.load(EvidenceKeyset.newKeysetJson(), file);

        assertThat(keyset.size()).isEqualTo(1);
        assertThat(file).doesNotExist();
        assertThat(keyset.toString()).doesNotContain("value");
    }

    @Test
    void refusesAKeysetThatIsNotAes256Gcm() throws Exception {
        String aes128 = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES128_GCM), InsecureSecretKeyAccess.get());

        assertThatThrownBy(() -> EvidenceKeyset.load(aes128, directory.resolve("unused")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not AES-256-GCM")
                .hasMessageContaining("HOMEWARD_EVIDENCE_KEYSET");
        assertThatThrownBy(() -> EvidenceKeyset.load("{\"not\":\"a keyset\"}", directory.resolve("unused")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a Tink JSON keyset");
    }

    @Test
    void rotationAddsANewPrimaryAndKeepsTheOldKeySoOldFilesStillDecrypt() throws Exception {
        Path file = directory.resolve("evidence-keyset.json");
        EvidenceCipher before = new EvidenceCipher(EvidenceKeyset.load(null, file));
        EvidenceCipher.Sealed old = before.encrypt(SCAN, FILE, HOUSEHOLD);

        long newPrimary = EvidenceKeyset.rotateKeysetFile(file);
        EvidenceKeyset rotated = EvidenceKeyset.load(null, file);
        EvidenceCipher after = new EvidenceCipher(rotated);

        assertThat(rotated.size()).isEqualTo(2);
        assertThat(newPrimary).isEqualTo(after.primaryKeyId()).isNotEqualTo(before.primaryKeyId());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(after.decrypt(old.ciphertext(), FILE, HOUSEHOLD)).isEqualTo(SCAN);
        EvidenceCipher.Sealed fresh = after.encrypt(SCAN, FILE, HOUSEHOLD);
        assertThat(fresh.keyId()).isEqualTo(newPrimary);
        assertThatThrownBy(() -> before.decrypt(fresh.ciphertext(), FILE, HOUSEHOLD))
                .isInstanceOf(EvidenceTamperedException.class);
    }

    @Test
    void aCiphertextDecryptsOnlyForItsOwnFileAndHousehold() {
        EvidenceCipher cipher =
                new EvidenceCipher(EvidenceKeyset.load(EvidenceKeyset.newKeysetJson(), directory.resolve("x")));
        byte[] ciphertext = cipher.encrypt(SCAN, FILE, HOUSEHOLD).ciphertext();

        assertThat(cipher.decrypt(ciphertext, FILE, HOUSEHOLD)).isEqualTo(SCAN);
        assertThatThrownBy(() -> cipher.decrypt(ciphertext, UUID.randomUUID(), HOUSEHOLD))
                .isInstanceOf(EvidenceTamperedException.class);
        assertThatThrownBy(() -> cipher.decrypt(ciphertext, FILE, UUID.randomUUID()))
                .isInstanceOf(EvidenceTamperedException.class);
        byte[] flipped = ciphertext.clone();
        flipped[flipped.length - 1] ^= 0x40;
        assertThatThrownBy(() -> cipher.decrypt(flipped, FILE, HOUSEHOLD))
                .isInstanceOf(EvidenceTamperedException.class);
    }
}
