package org.homeward.linkage.engine;

/**
 * Compares two standardised records field by field into agreement levels (-1 where either value
 * is missing, so it neither rewards nor punishes). Given and family name are also tried the other
 * way round, for records whose name order was swapped.
 */
final class PairComparison {

    private PairComparison() {}

    /** Fills {@code levels} (indexed by {@link LinkageField#ordinal()}); answers whether names were swapped. */
    public static boolean compare(StandardRecord a, StandardRecord b, int[] levels) {
        boolean swapped = compareNames(a, b, levels);
        levels[LinkageField.SEX.ordinal()] = a.sex() == 0 || b.sex() == 0 ? -1 : a.sex() == b.sex() ? 1 : 0;
        levels[LinkageField.BIRTH_DATE.ordinal()] = BirthDateComparator.level(a.birthDate(), b.birthDate());
        levels[LinkageField.PLACE.ordinal()] = CodeComparator.placeLevel(a.place(), b.place());
        levels[LinkageField.PHONE.ordinal()] = CodeComparator.phoneLevel(a.phone(), b.phone());
        levels[LinkageField.DOCUMENT.ordinal()] = CodeComparator.level(a.document(), b.document());
        levels[LinkageField.ADDRESS.ordinal()] = AddressComparator.level(a.address(), b.address());
        if (levels[LinkageField.BIRTH_DATE.ordinal()] == BirthDateComparator.DIFFERENT
                && Math.abs(a.birthDate().year() - b.birthDate().year()) <= YEARS_APART_WITH_IDENTIFIERS
                && identifiersAgree(levels)) {
            levels[LinkageField.BIRTH_DATE.ordinal()] = BirthDateComparator.YEARS_APART;
        }
        return swapped;
    }

    /** The most a date of birth more than {@link #YEARS_APART_WITH_IDENTIFIERS} years off may weigh. */
    static final double FAR_APART_WEIGHT = -12.0;

    /** Whether two dates of birth are more than ten years apart and no identifier says they are one person. */
    static boolean farApart(LinkageDate a, LinkageDate b, int[] levels) {
        return a.isKnown()
                && b.isKnown()
                && Math.abs(a.year() - b.year()) > YEARS_APART_WITH_IDENTIFIERS
                && !identifiersAgree(levels);
    }

    /** How many years apart two dates of birth may be and still count as "years apart" when identifiers agree. */
    static final int YEARS_APART_WITH_IDENTIFIERS = 10;

    /**
     * Whether the pair agrees on an identifier (document, phone) or, with given and family name
     * agreeing, on the address: then a date of birth years off is more likely a wrong year typed
     * than another person, and it is weighed as "years apart", not as a different date.
     */
    private static boolean identifiersAgree(int[] levels) {
        return levels[LinkageField.DOCUMENT.ordinal()] >= 1
                || levels[LinkageField.PHONE.ordinal()] >= 2
                || levels[LinkageField.GIVEN_NAME.ordinal()] >= NameComparator.VARIANT
                        && levels[LinkageField.FAMILY_NAME.ordinal()] >= NameComparator.VARIANT
                        && levels[LinkageField.ADDRESS.ordinal()] >= AddressComparator.MOST;
    }

    private static boolean compareNames(StandardRecord a, StandardRecord b, int[] levels) {
        int given = NameComparator.level(a.name(StandardRecord.GIVEN), b.name(StandardRecord.GIVEN));
        int family = NameComparator.level(a.name(StandardRecord.FAMILY), b.name(StandardRecord.FAMILY));
        levels[LinkageField.FATHER_NAME.ordinal()] =
                NameComparator.level(a.name(StandardRecord.FATHER), b.name(StandardRecord.FATHER));
        levels[LinkageField.GRANDFATHER_NAME.ordinal()] =
                NameComparator.level(a.name(StandardRecord.GRANDFATHER), b.name(StandardRecord.GRANDFATHER));
        boolean swapped = false;
        if (given < NameComparator.VARIANT && family < NameComparator.VARIANT) {
            int crossGiven = NameComparator.level(a.name(StandardRecord.GIVEN), b.name(StandardRecord.FAMILY));
            int crossFamily = NameComparator.level(a.name(StandardRecord.FAMILY), b.name(StandardRecord.GIVEN));
            if (crossGiven >= NameComparator.CLOSE
                    && crossFamily >= NameComparator.CLOSE
                    && crossGiven + crossFamily > given + family) {
                given = crossGiven;
                family = crossFamily;
                swapped = true;
            }
        }
        levels[LinkageField.GIVEN_NAME.ordinal()] = given;
        levels[LinkageField.FAMILY_NAME.ordinal()] = family;
        return swapped;
    }

    /** The comparison levels packed four bits a field: a key for counting patterns. */
    static long pattern(int[] levels) {
        long pattern = 0;
        for (int f = 0; f < levels.length; f++) {
            pattern |= (long) (levels[f] + 1) << (4 * f);
        }
        return pattern;
    }

    static int level(long pattern, int field) {
        return (int) (pattern >>> (4 * field) & 0xF) - 1;
    }
}
