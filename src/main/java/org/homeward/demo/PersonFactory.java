package org.homeward.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.homeward.registry.Sex;

/** Makes persons: fresh name chains, ages turned into birth dates, and the running person id. */
final class PersonFactory {

    /** Share of men named after their paternal grandfather, the custom for an eldest son. */
    static final double NAMED_AFTER_GRANDFATHER = 0.3;

    private static final double DAYS_PER_YEAR = 365.2425;

    private final DemoNames names;
    private long lastPersonId;

    PersonFactory(DemoNames names) {
        this.names = names;
    }

    NameEntryChain freshMan(RandomGenerator random) {
        NameEntry given = names.maleGivenNames().sample(random);
        NameEntry father = names.maleGivenNames().sampleAvoiding(random, List.of(given));
        NameEntry grandfather = random.nextDouble() < NAMED_AFTER_GRANDFATHER
                ? given
                : names.maleGivenNames().sampleAvoiding(random, List.of(father));
        return new NameEntryChain(
                given, father, grandfather, names.familyNames().sample(random));
    }

    NameEntryChain freshWoman(RandomGenerator random) {
        NameEntry father = names.maleGivenNames().sample(random);
        NameEntry grandfather = names.maleGivenNames().sampleAvoiding(random, List.of(father));
        return new NameEntryChain(
                names.femaleGivenNames().sample(random),
                father,
                grandfather,
                names.familyNames().sample(random));
    }

    /**
     * A wife's chain. Marriages between cousins are common: then she shares her husband's family
     * name and, for paternal cousins, his grandfather.
     */
    NameEntryChain wifeOf(NameEntryChain husband, RandomGenerator random) {
        NameEntryChain wife = freshWoman(random);
        if (random.nextDouble() < 0.2) {
            NameEntry grandfather = random.nextDouble() < 0.6 ? husband.grandfather() : wife.grandfather();
            NameEntry father = names.maleGivenNames().sampleAvoiding(random, List.of(husband.father(), grandfather));
            return new NameEntryChain(wife.given(), father, grandfather, husband.family());
        }
        return wife;
    }

    /** The chain of a man's father: his father's name is the man's grandfather's name. */
    NameEntryChain fatherOf(NameEntryChain son, RandomGenerator random) {
        return new NameEntryChain(
                son.father(),
                son.grandfather(),
                names.maleGivenNames().sampleAvoiding(random, List.of(son.grandfather())),
                son.family());
    }

    NameEntry givenName(Sex sex, RandomGenerator random, List<NameEntry> avoid) {
        return names.givenNames(sex == Sex.F).sampleAvoiding(random, avoid);
    }

    /** A person of the given age (in years, with fraction) on the reference day. */
    DemoPerson person(NameEntryChain chain, Sex sex, LocalDate reference, double age, RandomGenerator random) {
        LocalDate born = reference.minusDays(Math.max(0, Math.round(age * DAYS_PER_YEAR)));
        return new DemoPerson(
                ++lastPersonId,
                sex,
                chain,
                born,
                random.nextDouble() >= dayUnknownShare(age),
                null,
                null,
                null,
                List.of(),
                null);
    }

    /** Older people more often know only their birth year. */
    private static double dayUnknownShare(double age) {
        if (age < 18) {
            return 0.08;
        }
        return age < 60 ? 0.18 : 0.45;
    }
}
