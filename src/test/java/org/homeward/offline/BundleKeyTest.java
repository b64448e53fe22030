package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's bundle key: made once, owner-only, kept across starts, and a wrong key refused with its source named. */
class BundleKeyTest {

    @Test
    void isMadeOnceOwnerOnlyAndReadAgainAtTheNextStart(@TempDir Path dataDirectory) throws Exception {
        Path file = dataDirectory.resolve("bundle-key");

        BundleKey first = BundleKey.load(null, file);
        BundleKey again = BundleKey.load("", file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(again.keyId()).isEqualTo(first.keyId()).hasSize(16);
        assertThat(again.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
        assertThat(first.toString()).doesNotContain(Files.readString(file).trim());
    }

    @Test
    void theEnvironmentsKeyWinsAndItsPublicHalfIsTheOneThatAgrees(@TempDir Path dataDirectory) throws Exception {
        KeyPair pair = DeviceBundleWriter.signingKeys();
        String privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());

        BundleKey key = BundleKey.load(privateKey, dataDirectory.resolve("bundle-key"));

        assertThat(key.publicKeyBase64()).isEqualTo(DeviceBundleWriter.publicKey(pair));
        assertThat(Files.exists(dataDirectory.resolve("bundle-key"))).isFalse();
    }

    @Test
    void aKeyThatIsNotAnEcPrivateKeyIsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> BundleKey.of("bm90IGEga2V5", "HOMEWARD_BUNDLE_KEY"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HOMEWARD_BUNDLE_KEY")
                .hasMessageNotContaining("bm90IGEga2V5");
    }
}
