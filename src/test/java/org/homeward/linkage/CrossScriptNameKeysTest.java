package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.linkage.engine.NameRole;
import org.homeward.linkage.engine.SearchKeys;
import org.homeward.registry.ChainPart;
import org.junit.jupiter.api.Test;

class CrossScriptNameKeysTest {

    private static final String[] NAMES = {"محمد", "أحمد", "الحموي", "Mohammad", "Al-Hamwi", "عبد الرحمن", "", "Idlibi"
    };

    @Test
    void remembersKeysWithoutChangingThem() {
        CrossScriptNameKeys keys = new CrossScriptNameKeys();
        for (int round = 0; round < 3; round++) {
            for (String name : NAMES) {
                for (ChainPart part : ChainPart.values()) {
                    assertThat(keys.ofPart(name, part))
                            .isEqualTo(SearchKeys.ofName(name, NameRole.valueOf(part.name())));
                }
            }
        }
        assertThat(keys.ofPart(null, ChainPart.GIVEN)).isEmpty();
    }

    @Test
    void aNameKeepsItsRoleWhenRemembered() {
        CrossScriptNameKeys keys = new CrossScriptNameKeys();
        // The same text read first as a given name, then as a family name, where an article may be dropped.
        assertThat(keys.ofPart("الأحمد", ChainPart.GIVEN)).isEqualTo(SearchKeys.ofName("الأحمد", NameRole.GIVEN));
        assertThat(keys.ofPart("الأحمد", ChainPart.FAMILY)).isEqualTo(SearchKeys.ofName("الأحمد", NameRole.FAMILY));
    }
}
