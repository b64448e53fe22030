package org.homeward.linkage.engine;

/**
 * How two records that are probably different people are probably related, read from the name
 * chain: the reason a pair may never be an automatic link. Brothers share their father's,
 * grandfather's and family name and differ in their given name; twins share their birth date too;
 * cousins named after their grandfather share given and family name under different fathers.
 * The code is what the product stores with a pair and translates.
 */
public enum Kinship {
    NONE,
    POSSIBLE_SIBLINGS,
    POSSIBLE_TWINS,
    POSSIBLE_COUSINS,
    POSSIBLE_NAMESAKES;

    /**
     * The fixed weight of the name that tells relatives apart (the given name of siblings, the
     * father's name of cousins), in place of what estimation learnt for that level: estimation
     * sees relatives among its candidate pairs and must not learn that a different given name
     * under one father is a small thing.
     */
    static final double RELATIVE_NAME_WEIGHT = -25.0;
    /** The highest total weight of a pair of relatives: below any match weight from 0 bits up. */
    static final double CEILING = -1.0;

    /**
     * The kinship the comparison levels ({@link PairComparison#compare}) point to. Within one family
     * name: a different given name under the same father (or, the father unknown, the same
     * grandfather) is a sibling, and a twin when the birth date agrees to the month; a different
     * father's name with the same given or grandfather's name is a cousin (or a namesake of another
     * branch). The same given and father's name under different grandfathers are namesakes of two
     * branches: their grandfather's name keeps its estimated weight (it is the link most often
     * mistyped), but they are never an automatic link either. A father's name written by one record
     * only decides nothing; an agreeing national document number rules kinship out.
     */
    static Kinship of(int[] levels) {
        int given = levels[LinkageField.GIVEN_NAME.ordinal()];
        int father = levels[LinkageField.FATHER_NAME.ordinal()];
        int grandfather = levels[LinkageField.GRANDFATHER_NAME.ordinal()];
        int family = levels[LinkageField.FAMILY_NAME.ordinal()];
        // One national document number is one person: relatives do not share it, a typo in a name does not change it.
        if (family < NameComparator.VARIANT || levels[LinkageField.DOCUMENT.ordinal()] == CodeComparator.SAME) {
            return NONE;
        }
        boolean sameFather = father >= NameComparator.VARIANT && grandfather != NameComparator.DIFFERENT
                || father == NameComparator.MISSING && grandfather >= NameComparator.VARIANT;
        if (given == NameComparator.DIFFERENT && sameFather) {
            int date = levels[LinkageField.BIRTH_DATE.ordinal()];
            return date >= BirthDateComparator.SAME_MONTH ? POSSIBLE_TWINS : POSSIBLE_SIBLINGS;
        }
        if (father == NameComparator.DIFFERENT
                && (given >= NameComparator.VARIANT || grandfather >= NameComparator.VARIANT)) {
            return POSSIBLE_COUSINS;
        }
        if (given >= NameComparator.VARIANT
                && father >= NameComparator.VARIANT
                && grandfather == NameComparator.DIFFERENT) {
            return POSSIBLE_NAMESAKES;
        }
        return NONE;
    }

    /**
     * The kinship of two records whose levels are {@code levels}: {@link #of(int[])}, except that
     * namesakes need grandfathers' names that are clearly two names
     * ({@link NameComparator#clearlyDifferent}): the grandfather's name is the link most often
     * mistyped or misremembered, and one typo must not make a man his own namesake.
     */
    static Kinship of(int[] levels, StandardRecord a, StandardRecord b) {
        Kinship kinship = of(levels);
        if (kinship == POSSIBLE_NAMESAKES
                && !NameComparator.clearlyDifferent(
                        a.name(StandardRecord.GRANDFATHER), b.name(StandardRecord.GRANDFATHER))) {
            return NONE;
        }
        return kinship;
    }

    /** The field whose "different" level carries {@link #RELATIVE_NAME_WEIGHT}, or null. */
    LinkageField tellingField() {
        return switch (this) {
            case POSSIBLE_SIBLINGS, POSSIBLE_TWINS -> LinkageField.GIVEN_NAME;
            case POSSIBLE_COUSINS -> LinkageField.FATHER_NAME;
            case POSSIBLE_NAMESAKES, NONE -> null;
        };
    }
}
