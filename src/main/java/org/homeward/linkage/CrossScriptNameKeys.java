package org.homeward.linkage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.linkage.engine.NameComparator;
import org.homeward.linkage.engine.NameRole;
import org.homeward.linkage.engine.SearchKeys;
import org.homeward.registry.ChainPart;
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

    private final Map<ChainPart, Map<String, List<String>>> remembered = new ConcurrentHashMap<>();

    @Override
    public List<String> ofPart(String name, ChainPart part) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Map<String, List<String>> byName = remembered.computeIfAbsent(part, any -> new ConcurrentHashMap<>());
        List<String> keys = byName.get(name);
        if (keys == null) {
            keys = List.copyOf(SearchKeys.ofName(name, NameRole.valueOf(part.name())));
            if (byName.size() >= MAX_REMEMBERED) {
                byName.clear();
            }
            byName.put(name, keys);
        }
        return keys;
    }

    @Override
    public boolean sameName(String one, String other, ChainPart part) {
        return NameComparator.sameName(one, other, NameRole.valueOf(part.name()));
    }
}
