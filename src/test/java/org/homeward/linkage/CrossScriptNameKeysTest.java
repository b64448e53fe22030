package org.homeward.linkage;

import java.util.List;
import org.homeward.linkage.engine.SearchKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrossScriptNameKeysTest {

    private static final String[][] CHAINS = {
            {"محمد", "أحمد", null, "الحموي"},
            {"Mohammad", "Ahmad", "Khaled", "Al-Hamwi"},
            {"عبد الرحمن", "", "يوسف", "الإدلبي"},
            {"Fatima", null, null, "Idlibi"},
            {"محمد", "محمد", "محمد", "محمد"},
            {null, null, null, null}};

    @Test
    void remembersKeysWithoutChangingThem() {
        CrossScriptNameKeys keys = new CrossScriptNameKeys();
        for (int round = 0; round < 3; round++) {
            for (String[] chain : CHAINS) {
                List<String> expected = SearchKeys.ofChain(chain[0], chain[1], chain[2], chain[3]);
                assertThat(keys.ofChain(chain[0], chain[1], chain[2], chain[3])).isEqualTo(expected);
            }
        }
    }

    @Test
    void aNameKeepsItsRoleWhenRemembered() {
        CrossScriptNameKeys keys = new CrossScriptNameKeys();
        // The same text read first as a given name, then as a family name, where an article may be dropped.
        assertThat(keys.ofChain("الأحمد", null, null, null)).isEqualTo(SearchKeys.ofChain("الأحمد", null, null, null));
        assertThat(keys.ofChain(null, null, null, "الأحمد")).isEqualTo(SearchKeys.ofChain(null, null, null, "الأحمد"));
    }
}
