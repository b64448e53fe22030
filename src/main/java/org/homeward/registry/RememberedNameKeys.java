package org.homeward.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Name keys of the individuals of one import, remembered per name and part of the chain: a population
 * repeats a few thousand names, and working out each one's spelling variants and consonant skeletons
 * again for every person was the largest share of the Java work of turning a row into COPY text. The
 * keys are the same as {@link NameChainKeys#of(Individual)} gives. One instance serves one thread.
 */
final class RememberedNameKeys {

    /** Enough for every distinct name of a national population; forgetting all at once keeps the heap bounded. */
    private static final int MAX_REMEMBERED = 200_000;

    private final NameChainKeys keys;
    private final Map<ChainPart, Map<String, List<String>>> remembered = new HashMap<>();
    private int size;

    RememberedNameKeys(NameChainKeys keys) {
        this.keys = keys;
    }

    /** The keys of an individual, as {@link NameChainKeys#of(Individual)} gives them. */
    String[] of(Individual individual) {
        return keys.of(individual, this::partKeys);
    }

    private List<String> partKeys(String name, ChainPart part) {
        if (name == null) {
            return keys.partKeys(null, part);
        }
        Map<String, List<String>> ofPart = remembered.computeIfAbsent(part, p -> new HashMap<>());
        List<String> known = ofPart.get(name);
        if (known == null) {
            known = List.copyOf(keys.partKeys(name, part));
            if (size >= MAX_REMEMBERED) {
                remembered.clear();
                size = 0;
                ofPart = remembered.computeIfAbsent(part, p -> new HashMap<>());
            }
            ofPart.put(name, known);
            size++;
        }
        return known;
    }
}
