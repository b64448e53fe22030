package org.homeward.registry;

import java.util.Set;

/**
 * The spelling-variant keys of one name: two spellings of one name share a key ("Mohammed" and
 * "Muhammad", "الحموي" and "حموي"), two different names do not ("Mohammad" and "Mahmoud", even though
 * they share a root). Search ranks a name that shares such a key above one that only shares a consonant
 * skeleton.
 *
 * <p>{@link FoldedSpellings} derives the keys from spelling rules alone. A list of known variants of
 * names (e.g. "Yusuf" for "Yousef") can take its place by implementing this interface as a Spring bean
 * marked {@code @Primary}, best returning the folded keys as well; keys stored with individuals must
 * then be computed again (as {@code V19__name_keys_by_chain_part} does).
 */
public interface SpellingVariants {

    /** The keys of the name in one part of the chain, in either script; empty for a blank name. */
    Set<String> of(String name, ChainPart part);
}
