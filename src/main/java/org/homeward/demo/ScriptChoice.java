package org.homeward.demo;

/** Which scripts a registration writes names in. */
enum ScriptChoice {
    BOTH,
    ARABIC_ONLY,
    LATIN_ONLY;

    boolean arabic() {
        return this != LATIN_ONLY;
    }

    boolean latin() {
        return this != ARABIC_ONLY;
    }
}
