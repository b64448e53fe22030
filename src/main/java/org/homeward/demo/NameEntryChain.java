package org.homeward.demo;

/**
 * A synthetic person's Arab name chain as entries of the name lists (given name, father's given name,
 * grandfather's given name, family name), before any registration chooses how to spell it.
 */
record NameEntryChain(NameEntry given, NameEntry father, NameEntry grandfather, NameEntry family) {

    /** A child's chain: the father's given name, then his father's, then his family name. */
    static NameEntryChain childOf(NameEntryChain father, NameEntry given) {
        return new NameEntryChain(given, father.given(), father.father(), father.family());
    }

    /** A brother's or sister's chain: the same father, grandfather and family name. */
    NameEntryChain siblingNamed(NameEntry siblingGiven) {
        return new NameEntryChain(siblingGiven, father, grandfather, family);
    }
}
