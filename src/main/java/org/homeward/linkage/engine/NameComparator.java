package org.homeward.linkage.engine;

/**
 * Compares two standardised names, across scripts, in agreement levels: {@link #EXACT} (same
 * spelling), {@link #VARIANT} (spellings of one name: Mohammad, Muhammed, محمد), {@link #CLOSE}
 * (a typo or one sound apart: Hasan and Husayn) and {@link #DIFFERENT}; {@link #MISSING} when
 * either is unknown.
 */
public final class NameComparator {

    public static final int MISSING = -1;
    public static final int DIFFERENT = 0;
    public static final int CLOSE = 1;
    public static final int VARIANT = 2;
    public static final int EXACT = 3;
    private static final double CLOSE_SIMILARITY = 0.88;

    private NameComparator() {}

    public static int level(StandardName a, StandardName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        if (a.arabic() != null && a.arabic().equals(b.arabic())
                || a.latin() != null && a.latin().equals(b.latin())) {
            return EXACT;
        }
        // Two listed names: the list decides, so names of one root (محمد, محمود) stay different names.
        if (a.listedId() >= 0 && b.listedId() >= 0) {
            return a.listedId() == b.listedId() ? VARIANT : DIFFERENT;
        }
        return ruleLevel(a, b);
    }

    /** The level by the spelling rules alone, whatever the list of names says. */
    static int ruleLevel(StandardName a, StandardName b) {
        if (a.arabic() != null && a.arabic().equals(b.arabic())
                || a.latin() != null && a.latin().equals(b.latin())) {
            return EXACT;
        }
        // The alignment runs only where the consonants agree: most pairs of different names stop here.
        int distance = Math.min(
                Math.min(
                        distance(a.arabicTokens(), a.arabicLoose(), b.arabicTokens(), b.arabicLoose()),
                        distance(a.latinTokens(), a.latinLoose(), b.latinTokens(), b.latinLoose())),
                Math.min(
                        distance(a.arabicTokens(), a.arabicLoose(), b.latinTokens(), b.latinLoose()),
                        distance(a.latinTokens(), a.latinLoose(), b.arabicTokens(), b.arabicLoose())));
        if (distance == 0
                && (a.latinTokens() == null
                        || b.latinTokens() == null
                        || a.arabic() != null
                        || b.arabic() != null
                        || NameTokens.sameShape(a.latinTokens(), b.latinTokens()))) {
            return VARIANT;
        }
        if (distance <= 1 && Math.min(a.skeleton().length(), b.skeleton().length()) >= 3
                || similar(a.latin(), b.latin())
                || similar(a.arabic(), b.arabic())
                || oneConsonantApart(a.arabicLoose(), b.latinLoose())
                || oneConsonantApart(a.latinLoose(), b.arabicLoose())) {
            return CLOSE;
        }
        return DIFFERENT;
    }

    /**
     * Whether two names are surely different names, not one name mistyped: both in the list of names
     * as different names, or their consonant skeletons more than one slip apart.
     */
    static boolean clearlyDifferent(StandardName a, StandardName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.listedId() >= 0 && b.listedId() >= 0) {
            return a.listedId() != b.listedId();
        }
        String x = a.skeleton();
        String y = b.skeleton();
        return !x.equals(y) && !CodeComparator.oneSlip(x, y);
    }

    /** Whether two spellings are variants of one name (the "meet" of the standardisation rules). */
    public static boolean sameName(String a, String b, NameRole role) {
        return level(NameStandardiser.standardise(a, role), NameStandardiser.standardise(b, role)) >= VARIANT;
    }

    private static int distance(String a, String looseA, String b, String looseB) {
        if (a == null || b == null || !looseA.equals(looseB)) {
            return 2;
        }
        return NameTokens.distance(a, b, 1);
    }

    /** Across scripts, a typo: the consonants one slip apart, in a name of four consonants or more. */
    private static boolean oneConsonantApart(String a, String b) {
        // Three consonants with one changed are too often another name of the same shape (Radwan, Hamdan).
        return a != null
                && b != null
                && Math.min(a.length(), b.length()) >= 3
                && (a.equals(b) || Math.max(a.length(), b.length()) >= 4 && CodeComparator.oneSlip(a, b));
    }

    private static boolean similar(String a, String b) {
        return a != null
                && b != null
                && Math.min(a.length(), b.length()) >= 3
                && JaroWinkler.similarity(a, b) >= CLOSE_SIMILARITY;
    }
}
