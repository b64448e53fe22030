package org.homeward.registry;

import java.util.Set;

/**
 * The spelling-variant keys of one name: two spellings of one name share a key ("Mohammed" and
 * "Muhammad", "الحموي" and "حموي"), two different names do not ("Mohammad" and "Mahmoud", even though
 * they share a root). Search ranks a name that shares such a key above one that only shares a consonant
 * skeleton.
 *
 * <p>{@link FoldedSpellings} derives the keys from spelling rules alone. The linkage feature plugs its
 * list of given names in as the {@code @Primary} bean: the keys stored with individuals stay the folded
 * ones (so editing the list rewrites no row), and a name typed into a search also asks for the folded
 * keys of every spelling the list gives for it ({@link #ofQuery}), so that "Yusuf" finds "Youssef".
 * Whoever changes what {@link #of} returns must compute the stored keys again in a migration.
 */
public interface SpellingVariants {

    /** The keys of the name in one part of the chain, in either script; empty for a blank name. */
    Set<String> of(String name, ChainPart part);

    /** The keys a search asks for when the name is typed into it; by default the stored keys of the name. */
    default Set<String> ofQuery(String name, ChainPart part) {
        return of(name, part);
    }

    /**
     * Whether the word, exactly as written (article included), is a known given name: "الياس" (Elias)
     * is, "المحمد" is a family name built on one. Without a list of names nothing is known.
     */
    default boolean knownGivenName(String word) {
        return false;
    }
}
