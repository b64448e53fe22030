package org.homeward.registry;

/**
 * One part of an Arab name chain, with the letter that tags its keys in {@code individual.name_keys}
 * so that a search can ask for a name in one part ("Ahmad" as the given name) and not in another.
 */
public enum ChainPart {
    GIVEN('g'),
    FATHER('f'),
    GRANDFATHER('r'),
    FAMILY('l');

    private final char tag;

    ChainPart(char tag) {
        this.tag = tag;
    }

    /** The key of a spelling variant of a name in this part, e.g. {@code gv:muhamad}. */
    String variantKey(String variant) {
        return tag + "v:" + variant;
    }

    /** The key of a consonant skeleton of a name in this part, e.g. {@code gs:MHMD}. */
    String skeletonKey(String skeleton) {
        return tag + "s:" + skeleton;
    }
}
