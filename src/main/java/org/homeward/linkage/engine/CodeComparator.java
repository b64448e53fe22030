package org.homeward.linkage.engine;

/**
 * Compares codes (phone numbers, document numbers, place codes): the same; one slip apart (one
 * character wrong, added, dropped, or two neighbours swapped), or for places one containing the
 * other (a governorate and one of its districts); different.
 */
final class CodeComparator {

    public static final int MISSING = -1;
    public static final int DIFFERENT = 0;
    public static final int SLIP = 1;
    public static final int SAME = 2;

    private CodeComparator() {}

    public static int level(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        if (a.equals(b)) {
            return SAME;
        }
        return oneSlip(a, b) ? SLIP : DIFFERENT;
    }

    /** Place codes: a P-code also agrees in part with the codes of the units around or inside it. */
    public static int placeLevel(String a, String b) {
        int level = level(a, b);
        if (level == DIFFERENT && a.length() >= 4 && b.length() >= 4 && (a.startsWith(b) || b.startsWith(a))) {
            return SLIP;
        }
        return level;
    }

    /** Phones: the same subscriber number with or without a country code counts as a slip. */
    public static int phoneLevel(String a, String b) {
        int level = level(a, b);
        if (level == DIFFERENT
                && a.length() >= 8
                && b.length() >= 8
                && a.regionMatches(a.length() - 8, b, b.length() - 8, 8)) {
            return SLIP;
        }
        return level;
    }

    /** One edit (substitution, insertion, deletion) or one swap of neighbours. */
    static boolean oneSlip(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(n, m) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (n == m) {
            if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
                return true;
            }
            return i + 1 < n
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2);
        }
        return n > m ? a.regionMatches(i + 1, b, i, m - i) : b.regionMatches(i + 1, a, i, n - i);
    }
}
