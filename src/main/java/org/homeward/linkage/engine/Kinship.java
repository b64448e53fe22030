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
    POSSIBLE_COUSINS;

    /**
     * The fixed weight of the name that tells relatives apart (the given name of siblings, the
     * father's name of cousins), in place of what estimation learnt for that level: estimation
     * sees relatives among its candidate pairs and must not learn that a different given name
     * under one father is a small thing.
     */
    static final double RELATIVE_NAME_WEIGHT = -25.0;
    /** The highest total weight of a pair of relatives: below any match weight from 0 bits up. */
    static final double CEILING = -1.0;

    /** The kinship the comparison levels ({@link PairComparison#compare}) point to. */
    static Kinship of(int[] levels) {
        int given = levels[LinkageField.GIVEN_NAME.ordinal()];
        int father = levels[LinkageField.FATHER_NAME.ordinal()];
        int grandfather = levels[LinkageField.GRANDFATHER_NAME.ordinal()];
        int family = levels[LinkageField.FAMILY_NAME.ordinal()];
        if (family < NameComparator.VARIANT) {
            return NONE;
        }
        if (given == NameComparator.DIFFERENT && father >= NameComparator.VARIANT
                && grandfather != NameComparator.DIFFERENT) {
            int date = levels[LinkageField.BIRTH_DATE.ordinal()];
            return date >= BirthDateComparator.SAME_MONTH ? POSSIBLE_TWINS : POSSIBLE_SIBLINGS;
        }
        if (given >= NameComparator.VARIANT && father == NameComparator.DIFFERENT) {
            return POSSIBLE_COUSINS;
        }
        return NONE;
    }

    /** The field whose "different" level carries {@link #RELATIVE_NAME_WEIGHT}, or null. */
    LinkageField tellingField() {
        return switch (this) {
            case POSSIBLE_SIBLINGS, POSSIBLE_TWINS -> LinkageField.GIVEN_NAME;
            case POSSIBLE_COUSINS -> LinkageField.FATHER_NAME;
            case NONE -> null;
        };
    }
}
