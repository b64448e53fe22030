package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.homeward.HomewardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceCommandTest {

    @TempDir
    Path directory;

    @Test
    void rotateKeyAddsANewPrimaryToTheKeysetFileAndKeepsTheOldKey() throws Exception {
        AeadConfig.register();
        KeysetHandle original = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        Path file = directory.resolve("evidence-keyset.json");
        Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(original, InsecureSecretKeyAccess.get()));

        int exit = HomewardCommandLine.run(
                HomewardApplication.class, new String[] {"evidence", "rotate-key", "--keyset-file", file.toString()});

        assertThat(exit).isZero();
        KeysetHandle rotated =
                TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        assertThat(rotated.size()).isEqualTo(2);
        assertThat(rotated.getPrimary().getId())
                .isNotEqualTo(original.getPrimary().getId());
        assertThat(rotated.getAt(0).getId()).isEqualTo(original.getPrimary().getId());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void rotateKeyWithoutAKeysetFileSaysSoAndChangesNothing() {
        Path missing = directory.resolve("none.json");

        int exit = HomewardCommandLine.run(
                HomewardApplication.class,
                new String[] {"evidence", "rotate-key", "--keyset-file", missing.toString()});

        assertThat(exit).isEqualTo(2);
        assertThat(missing).doesNotExist();
    }
}
