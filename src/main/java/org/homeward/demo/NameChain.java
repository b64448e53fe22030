package org.homeward.demo;

/** An Arab name chain: given name, father's given name, grandfather's given name, family name. */
record NameChain(NameEntry given, NameEntry father, NameEntry grandfather, NameEntry family) {

    /** A child's chain: the father's given name, then his father's, then his family name. */
    static NameChain childOf(NameChain father, NameEntry given) {
        return new NameChain(given, father.given(), father.father(), father.family());
    }

    /** A brother's or sister's chain: the same father, grandfather and family name. */
    NameChain siblingNamed(NameEntry siblingGiven) {
        return new NameChain(siblingGiven, father, grandfather, family);
    }
}
