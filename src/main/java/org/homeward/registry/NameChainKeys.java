package org.homeward.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The name keys stored with each individual ({@code individual.name_keys}) and asked for by a search:
 * for every part of the name chain, in both scripts, its spelling-variant keys and its consonant
 * skeletons, each tagged with the part ({@code gv:muhamad}, {@code ls:HMW3}). Tagging by part is what lets
 * a search ask for "Ahmad" as a given name first and as a father's or family name after.
 */
@Component
public final class NameChainKeys {

    private final SpellingVariants variants;
    private final NameKeys skeletons;

    public NameChainKeys(SpellingVariants variants, NameKeys skeletons) {
        this.variants = variants;
        this.skeletons = skeletons;
    }

    /** The keys of an individual. */
    String[] of(Individual individual) {
        return of(individual.names(), this::partKeys);
    }

    /** The keys of an individual, each part's keys given by {@code partKeys} (which may remember them). */
    String[] of(Individual individual, BiFunction<String, ChainPart, List<String>> partKeys) {
        return of(individual.names(), partKeys);
    }

    /**
     * The keys of a name chain: part by part in chain order, the Arabic spelling's then the Latin
     * spelling's, each its spelling-variant keys then its skeleton keys, every key once.
     */
    public String[] of(NameChain names) {
        return of(names, this::partKeys);
    }

    private static String[] of(NameChain names, BiFunction<String, ChainPart, List<String>> partKeys) {
        Set<String> keys = new LinkedHashSet<>();
        for (ChainPart part : ChainPart.values()) {
            NamePart written = names.part(part);
            for (String name : new String[] {written.arabic(), written.latin()}) {
                keys.addAll(partKeys.apply(name, part));
            }
        }
        return keys.toArray(String[]::new);
    }

    /** The keys of one name in one part of the chain: its spelling-variant keys, then its consonant skeletons. */
    List<String> partKeys(String name, ChainPart part) {
        List<String> keys = variantKeys(name, part);
        keys.addAll(skeletonKeys(name, part));
        return keys;
    }

    /** The spelling-variant keys of a name (or one part of a query) in a part of the chain. */
    List<String> variantKeys(String name, ChainPart part) {
        List<String> keys = new ArrayList<>();
        for (String variant : variants.of(name, part)) {
            keys.add(part.variantKey(variant));
        }
        return keys;
    }

    /** The spelling-variant keys a search asks for when the name is one part of a query. */
    List<String> queryVariantKeys(String name, ChainPart part) {
        List<String> keys = new ArrayList<>();
        for (String variant : variants.ofQuery(name, part)) {
            keys.add(part.variantKey(variant));
        }
        return keys;
    }

    /**
     * Whether the word, as written, is a known given name ("الياس" is Elias; "المحمد" is a family name
     * written with the article).
     */
    boolean listedGivenName(String word) {
        return variants.knownGivenName(word);
    }

    /** Whether two spellings sharing a skeleton are one name (the linkage engine's judgement, across scripts too). */
    boolean sameName(String one, String other, ChainPart part) {
        return skeletons.sameName(one, other, part);
    }

    /** The consonant-skeleton keys of a name (or one part of a query) in a part of the chain. */
    List<String> skeletonKeys(String name, ChainPart part) {
        List<String> keys = new ArrayList<>();
        for (String skeleton : skeletons.ofPart(name, part)) {
            keys.add(part.skeletonKey(skeleton));
        }
        return keys;
    }

    /**
     * The pairs of a given name's spelling keys with a family or father's name's ({@code gv:mustafa|lv:muhamad}),
     * each given key with each other key written in the same script, as {@code individual_name_pair} keeps
     * them for every individual (the SQL function {@code registry_name_pairs} of migration V64).
     */
    static List<String> pairs(List<String> given, List<String> other) {
        List<String> pairs = new ArrayList<>();
        for (String g : given) {
            for (String o : other) {
                if (latinScript(g) == latinScript(o)) {
                    pairs.add(g + "|" + o);
                }
            }
        }
        return pairs;
    }

    /** Whether a key's name begins with an ASCII letter, as {@code ascii(substr(key, 4, 1)) < 128} says in SQL. */
    private static boolean latinScript(String key) {
        return key.length() <= 3 || key.charAt(3) < 128;
    }
}
