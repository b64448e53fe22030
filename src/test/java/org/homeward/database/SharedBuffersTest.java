package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SharedBuffersTest {

    private static final long GIGABYTE = 1024L * 1024 * 1024;

    @Test
    void anEighthOfTheMachinesMemoryBetweenPostgresDefaultAndFourGigabytes() {
        assertThat(EmbeddedDatabase.sharedBuffers(null, 24 * GIGABYTE)).isEqualTo("3072MB");
        assertThat(EmbeddedDatabase.sharedBuffers("", 8 * GIGABYTE)).isEqualTo("1024MB");
        assertThat(EmbeddedDatabase.sharedBuffers(null, GIGABYTE / 2)).isEqualTo("128MB");
        assertThat(EmbeddedDatabase.sharedBuffers(null, 256 * GIGABYTE)).isEqualTo("4096MB");
        assertThat(EmbeddedDatabase.sharedBuffers(null, 0)).isEqualTo("128MB");
    }

    @Test
    void theOperatorsSizeWinsAndAnythingElseIsRefusedWithTheVariableNamed() {
        assertThat(EmbeddedDatabase.sharedBuffers(" 6GB ", 24 * GIGABYTE)).isEqualTo("6GB");
        assertThat(EmbeddedDatabase.sharedBuffers("512MB", 2 * GIGABYTE)).isEqualTo("512MB");
        for (String wrong : new String[] {"6 GB", "lots", "-1GB", "6gb", "0MB", "6GB; fsync=off"}) {
            assertThatThrownBy(() -> EmbeddedDatabase.sharedBuffers(wrong, 24 * GIGABYTE))
                    .as(wrong)
                    .hasMessageContaining("HOMEWARD_DATABASE_SHARED_BUFFERS")
                    .hasMessageContaining(wrong.trim());
        }
    }
}
