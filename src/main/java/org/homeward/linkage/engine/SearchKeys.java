package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Search keys that one name shares across scripts: the consonant skeleton of each name part, so
 * that "Mohammad Al-Hamwi" and "محمد الحموي" give the same keys.
 */
public final class SearchKeys {

    private SearchKeys() {}

    /** The keys of one name part in its role (empty for an unknown name). */
    public static List<String> ofName(String name, NameRole role) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String skeleton = NameStandardiser.standardise(name, role).skeleton();
        return skeleton == null || skeleton.isEmpty() ? List.of() : List.of(skeleton);
    }

    /** The keys a word of a search query may match: read as a given and as a family name. */
    public static List<String> ofQueryWord(String word) {
        Set<String> keys = new LinkedHashSet<>(ofName(word, NameRole.GIVEN));
        keys.addAll(ofName(word, NameRole.FAMILY));
        return new ArrayList<>(keys);
    }
}
