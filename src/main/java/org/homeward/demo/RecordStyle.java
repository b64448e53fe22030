package org.homeward.demo;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How one registration writes names, the same for the whole household: which scripts, which
 * Latin spelling of each name (chosen by a salt, so a name is spelled alike throughout the
 * household), whether it records the father's and grandfather's names, and whether Latin names
 * are written in capitals as some older systems do.
 */
record RecordStyle(
        ScriptChoice scripts,
        long spellingSalt,
        boolean recordsFatherName,
        boolean recordsGrandfatherName,
        boolean upperCaseLatin) {

    /** Most registrations write both scripts; some only Arabic (local offices), a few only Latin. */
    private static final WeightedSampler<ScriptChoice> SCRIPTS =
            WeightedSampler.of(List.of(ScriptChoice.values()), choice -> switch (choice) {
                case BOTH -> 78;
                case ARABIC_ONLY -> 14;
                case LATIN_ONLY -> 8;
            });

    static RecordStyle draw(RandomGenerator random) {
        return new RecordStyle(
                SCRIPTS.sample(random),
                random.nextLong(),
                random.nextDouble() < 0.98,
                random.nextDouble() < 0.65,
                random.nextDouble() < 0.05);
    }

    /** The Latin spelling this registration uses for a name. */
    String latin(NameEntry name) {
        int index = LatinSpellings.indexFor(
                name.latinSpellings().size(), LatinSpellings.pointFor(spellingSalt, name.key()));
        return name.latinSpellings().get(index);
    }

    String cased(String latin) {
        return upperCaseLatin ? latin.toUpperCase(Locale.ROOT) : latin;
    }
}
