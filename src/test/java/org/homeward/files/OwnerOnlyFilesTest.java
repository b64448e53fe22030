package org.homeward.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path directory;

    @Test
    void aSecretIsWrittenOnceOwnerOnlyAndASecondWriterKeepsTheFirst() throws Exception {
        Path key = directory.resolve("keys").resolve("slip-key");

        assertThat(OwnerOnlyFiles.createSecret(key, "first")).isTrue();
        assertThat(OwnerOnlyFiles.createSecret(key, "second")).isFalse();

        assertThat(Files.readString(key)).isEqualTo("first");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        try (var left = Files.list(key.getParent())) {
            assertThat(left).as("no draft is left behind").containsExactly(key);
        }
    }
}
