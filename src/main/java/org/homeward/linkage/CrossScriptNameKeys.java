package org.homeward.linkage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.linkage.engine.NameRole;
import org.homeward.linkage.engine.SearchKeys;
import org.homeward.registry.NameKeys;
import org.springframework.stereotype.Component;

/**
 * The registry's search keys from the linkage engine's consonant skeletons. The keys of a name
 * part depend on nothing but its text and role, and a population repeats a few thousand names, so
 * they are remembered: a bulk import asks for the same "Mohammad" hundreds of thousands of times.
 */
@Component
class CrossScriptNameKeys implements NameKeys {

    /** Enough for the names of a country; past it the memory starts afresh rather than grow. */
    static final int MAX_REMEMBERED = 200_000;
    private final Map<NameRole, Map<String, List<String>>> remembered = new ConcurrentHashMap<>();

    @Override
    public List<String> ofChain(String given, String father, String grandfather, String family) {
        // The same union, in the same order, as SearchKeys.ofChain.
        Set<String> keys = new LinkedHashSet<>(ofName(given, NameRole.GIVEN));
        keys.addAll(ofName(father, NameRole.FATHER));
        keys.addAll(ofName(grandfather, NameRole.GRANDFATHER));
        keys.addAll(ofName(family, NameRole.FAMILY));
        return new ArrayList<>(keys);
    }

    @Override
    public List<String> ofQueryWord(String word) {
        return SearchKeys.ofQueryWord(word);
    }

    private List<String> ofName(String name, NameRole role) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Map<String, List<String>> byName = remembered.computeIfAbsent(role, any -> new ConcurrentHashMap<>());
        List<String> keys = byName.get(name);
        if (keys == null) {
            keys = List.copyOf(SearchKeys.ofName(name, role));
            if (byName.size() >= MAX_REMEMBERED) {
                byName.clear();
            }
            byName.put(name, keys);
        }
        return keys;
    }
}
