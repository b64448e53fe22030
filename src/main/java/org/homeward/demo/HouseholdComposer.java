package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.homeward.registry.Relationship;
import org.homeward.registry.ReturnType;
import org.homeward.registry.Sex;

/**
 * Composes returnee households: nuclear families (the most), female-headed households, single
 * men, older couples, widows alone and three-generation households, with ages that give a young
 * population and names that follow the Arab name chain.
 */
final class HouseholdComposer {

    /** The kinds of household the generator makes. */
    enum Shape {
        SINGLE_MAN,
        WIDOW_ALONE,
        COUPLE_WITH_CHILDREN,
        FEMALE_HEADED,
        OLDER_COUPLE,
        EXTENDED
    }

    /** Children a couple has over its life, before the youngest mothers' children are born. */
    private static final WeightedSampler<Integer> WANTED_CHILDREN = WeightedSampler.of(
            List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
            count -> new double[] {4, 8, 14, 18, 18, 14, 10, 7, 4, 2, 1}[count]);
    /** Refugee households count more single men (workers abroad) than IDP households. */
    private static final WeightedSampler<Shape> REFUGEE_SHAPES = shapes(7, 2, 57, 15, 7, 12);

    private static final WeightedSampler<Shape> IDP_SHAPES = shapes(4, 2, 58, 17, 7, 12);
    private static final double FIRST_SON_NAMED_AFTER_GRANDFATHER = 0.35;

    private final PersonFactory persons;

    HouseholdComposer(PersonFactory persons) {
        this.persons = persons;
    }

    /** A household whose ages hold on the reference day, cut to at most maximumSize members. */
    List<DemoMember> compose(ReturnType returnType, LocalDate reference, int maximumSize, RandomGenerator random) {
        Shape shape = (returnType == ReturnType.REFUGEE ? REFUGEE_SHAPES : IDP_SHAPES).sample(random);
        Family family = new Family(persons, reference, random);
        switch (shape) {
            case SINGLE_MAN ->
                family.add(
                        persons.freshMan(random),
                        Sex.M,
                        clamp(gaussian(random, 27, 7), 18, 60),
                        Relationship.PRINCIPAL);
            case WIDOW_ALONE ->
                family.add(persons.freshWoman(random), Sex.F, 55 + random.nextDouble() * 30, Relationship.PRINCIPAL);
            case COUPLE_WITH_CHILDREN -> coupleWithChildren(family, clamp(gaussian(random, 40, 9), 20, 65));
            case FEMALE_HEADED -> femaleHeaded(family);
            case OLDER_COUPLE -> olderCouple(family);
            case EXTENDED -> extended(family);
        }
        List<DemoMember> members = family.members();
        // Members come principal first and the youngest generation last, so cutting keeps a coherent family.
        return members.size() <= maximumSize ? members : List.copyOf(members.subList(0, maximumSize));
    }

    private void coupleWithChildren(Family family, double husbandAge) {
        RandomGenerator random = family.random();
        NameEntryChain husband = persons.freshMan(random);
        family.add(husband, Sex.M, husbandAge, Relationship.PRINCIPAL);
        double wifeAge = Math.max(17, husbandAge - 0.5 - random.nextDouble() * 8.5);
        family.add(persons.wifeOf(husband, random), Sex.F, wifeAge, Relationship.SPOUSE);
        if (random.nextDouble() < 0.015) {
            family.add(
                    persons.wifeOf(husband, random),
                    Sex.F,
                    Math.max(18, husbandAge - 5 - random.nextDouble() * 13),
                    Relationship.SPOUSE);
        }
        addChildren(family, husband, wifeAge, false, Double.MAX_VALUE, new ArrayList<>());
        if (random.nextDouble() < 0.14) {
            addParents(family, husband, husbandAge);
        }
        if (husbandAge < 35 && random.nextDouble() < 0.06) {
            Sex sex = random.nextBoolean() ? Sex.M : Sex.F;
            NameEntry given = persons.givenName(sex, random, List.of(husband.given()));
            family.add(
                    husband.siblingNamed(given),
                    sex,
                    14 + random.nextDouble() * 16,
                    sex == Sex.M ? Relationship.BROTHER : Relationship.SISTER);
        }
    }

    private void femaleHeaded(Family family) {
        RandomGenerator random = family.random();
        double age = clamp(gaussian(random, 35, 9), 19, 70);
        family.add(persons.freshWoman(random), Sex.F, age, Relationship.PRINCIPAL);
        // The husband is dead, missing or elsewhere; the children still carry his names.
        NameEntryChain absentHusband = persons.freshMan(random);
        addChildren(family, absentHusband, age, false, Double.MAX_VALUE, new ArrayList<>());
        if (random.nextDouble() < 0.1 && age < 60) {
            family.add(persons.freshWoman(random), Sex.F, age + 18 + random.nextDouble() * 14, Relationship.MOTHER);
        }
    }

    private void olderCouple(Family family) {
        RandomGenerator random = family.random();
        double husbandAge = 55 + random.nextDouble() * 25;
        NameEntryChain husband = persons.freshMan(random);
        family.add(husband, Sex.M, husbandAge, Relationship.PRINCIPAL);
        double wifeAge = Math.max(40, husbandAge - 1 - random.nextDouble() * 9);
        family.add(persons.wifeOf(husband, random), Sex.F, wifeAge, Relationship.SPOUSE);
        double oldestChild = Math.min(wifeAge - 20, 40);
        // Unmarried grown children often still live with their parents.
        List<NameEntry> taken = new ArrayList<>(List.of(husband.given()));
        int grownChildren = oldestChild > 18 ? random.nextInt(3) : 0;
        for (int i = 0; i < grownChildren; i++) {
            Sex sex = random.nextBoolean() ? Sex.M : Sex.F;
            NameEntry given = persons.givenName(sex, random, taken);
            taken.add(given);
            family.add(
                    NameEntryChain.childOf(husband, given),
                    sex,
                    18 + random.nextDouble() * (oldestChild - 18),
                    sex == Sex.M ? Relationship.SON : Relationship.DAUGHTER);
        }
    }

    /** Grandparents, their married son with his wife and children, and their younger children. */
    private void extended(Family family) {
        RandomGenerator random = family.random();
        double principalAge = 48 + random.nextDouble() * 20;
        double wifeAge = principalAge - 1 - random.nextDouble() * 8;
        double oldestSon = Math.min(wifeAge - 18, 38);
        if (oldestSon < 20) {
            coupleWithChildren(family, principalAge);
            return;
        }
        NameEntryChain principal = persons.freshMan(random);
        family.add(principal, Sex.M, principalAge, Relationship.PRINCIPAL);
        family.add(persons.wifeOf(principal, random), Sex.F, wifeAge, Relationship.SPOUSE);
        double sonAge = 20 + random.nextDouble() * (oldestSon - 20);
        NameEntry sonGiven = random.nextDouble() < FIRST_SON_NAMED_AFTER_GRANDFATHER
                ? principal.father()
                : persons.givenName(Sex.M, random, List.of(principal.given()));
        NameEntryChain son = NameEntryChain.childOf(principal, sonGiven);
        family.add(son, Sex.M, sonAge, Relationship.SON);
        double daughterInLawAge = Math.max(17, sonAge - random.nextDouble() * 7);
        family.add(persons.wifeOf(son, random), Sex.F, daughterInLawAge, Relationship.OTHER_RELATIVE);
        addChildren(family, son, daughterInLawAge, true, Double.MAX_VALUE, new ArrayList<>());
        List<NameEntry> taken = new ArrayList<>(List.of(sonGiven));
        addChildren(family, principal, wifeAge, false, sonAge - 1, taken);
    }

    private void addParents(Family family, NameEntryChain principal, double principalAge) {
        RandomGenerator random = family.random();
        double fatherAge = principalAge + 22 + random.nextDouble() * 13;
        if (random.nextDouble() < 0.3 && fatherAge < 95) {
            family.add(persons.fatherOf(principal, random), Sex.M, fatherAge, Relationship.FATHER);
        }
        double motherAge = principalAge + 17 + random.nextDouble() * 13;
        if (motherAge < 95) {
            family.add(persons.freshWoman(random), Sex.F, motherAge, Relationship.MOTHER);
        }
    }

    /**
     * Adds a mother's children still living in the household, eldest first; grown daughters
     * usually and grown sons often have left to marry. Only children younger than the limit are
     * added (the limit keeps an eldest son already added as the eldest).
     */
    private void addChildren(
            Family family,
            NameEntryChain father,
            double motherAge,
            boolean grandchildren,
            double youngerThan,
            List<NameEntry> taken) {
        RandomGenerator random = family.random();
        boolean sonNamedAfterGrandfather = !taken.isEmpty();
        taken.add(father.given());
        int wanted = WANTED_CHILDREN.sample(random);
        double motherAgeAtBirth = 17.5 + random.nextDouble() * 7;
        for (int i = 0; i < wanted && motherAgeAtBirth <= 45; i++) {
            double age = motherAge - motherAgeAtBirth;
            motherAgeAtBirth += 1.2 + random.nextDouble() * 2.8;
            if (age < 0) {
                break;
            }
            Sex sex = random.nextDouble() < 0.51 ? Sex.M : Sex.F;
            NameEntry given;
            if (sex == Sex.M && !sonNamedAfterGrandfather && random.nextDouble() < FIRST_SON_NAMED_AFTER_GRANDFATHER) {
                given = father.father();
            } else {
                given = persons.givenName(sex, random, taken);
            }
            sonNamedAfterGrandfather |= sex == Sex.M;
            taken.add(given);
            if (age >= youngerThan || hasLeft(sex, age, random)) {
                continue;
            }
            Relationship relationship =
                    grandchildren ? Relationship.GRANDCHILD : sex == Sex.M ? Relationship.SON : Relationship.DAUGHTER;
            family.add(NameEntryChain.childOf(father, given), sex, age, relationship);
        }
    }

    private static boolean hasLeft(Sex sex, double age, RandomGenerator random) {
        if (age < 18) {
            return false;
        }
        double leaving = sex == Sex.F ? (age < 22 ? 0.2 : 0.45) : (age < 25 ? 0.05 : 0.3);
        return random.nextDouble() < leaving;
    }

    private static WeightedSampler<Shape> shapes(double... weights) {
        return WeightedSampler.of(List.of(Shape.values()), shape -> weights[shape.ordinal()]);
    }

    /** A normal draw (Box-Muller with StrictMath), the same on every platform, unlike nextGaussian's. */
    static double gaussian(RandomGenerator random, double mean, double deviation) {
        double radius = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()));
        return mean + deviation * radius * StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
    }

    static double clamp(double value, double lowest, double highest) {
        return Math.max(lowest, Math.min(highest, value));
    }

    /** The household being composed: its members so far, its reference day and its randomness. */
    private record Family(
            PersonFactory persons, LocalDate reference, RandomGenerator random, List<DemoMember> members) {
        Family(PersonFactory persons, LocalDate reference, RandomGenerator random) {
            this(persons, reference, random, new ArrayList<>());
        }

        void add(NameEntryChain chain, Sex sex, double age, Relationship relationship) {
            members.add(new DemoMember(persons.person(chain, sex, reference, age, random), relationship));
        }
    }
}
