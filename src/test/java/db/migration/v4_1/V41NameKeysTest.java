package db.migration.v4_1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The frozen key rules of V4_1: a copy that reads nothing of the live engine, and what it gives. */
class V41NameKeysTest {

    @Test
    void theMigrationAndItsRulesUseNoLiveCode() throws IOException {
        try (Stream<Path> sources = Stream.concat(
                Files.list(Path.of("src/main/java/db/migration/v4_1")),
                Stream.of(Path.of("src/main/java/db/migration/V4_1__linkage_name_keys.java")))) {
            sources.forEach(source -> {
                try {
                    assertThat(Files.readString(source)).as(source.toString()).doesNotContain("org.homeward");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void givesOneKeyWhereBothScriptsSpellTheSameName() {
        assertThat(V41NameKeys.of(new String[] {"محمد", null, null, null}, new String[] {"Mohammad", null, null, null}))
                .hasSize(1);
    }

    @Test
    void givesNoKeyForUnknownOrBlankParts() {
        assertThat(V41NameKeys.of(new String[] {null, "", " ", "ـ"}, new String[] {"  ", null, "-", null}))
                .isEmpty();
    }

    @Test
    void keepsTheArabicChainsKeysBeforeTheLatinChains() {
        assertThat(V41NameKeys.of(new String[] {null, null, null, "حمص"}, new String[] {"Khaled", null, null, null}))
                .containsExactly(
                        V41Skeletons.of("حمص", V41NameRole.FAMILY), V41Skeletons.of("Khaled", V41NameRole.GIVEN));
    }
}
