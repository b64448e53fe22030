package org.homeward.registry;

import java.util.List;

/**
 * Cross-script consonant skeletons of names (the linkage feature provides them), stored with each
 * individual so that a search in Latin script finds a name registered in Arabic and the other way
 * round.
 */
@FunctionalInterface
public interface NameKeys {

    /** The skeletons of one name in one part of the chain (empty for an unknown name). */
    List<String> ofPart(String name, ChainPart part);

    /**
     * Whether two spellings that share a skeleton are one name, also across scripts ("Mohammad" and
     * "محمد" are, "Mohammad" and "محمود" are not); without such knowledge, never.
     */
    default boolean sameName(String one, String other, ChainPart part) {
        return false;
    }
}
