package org.homeward.linkage.engine;

/**
 * Compares free-text addresses word by word: each word of the shorter address finds its most
 * similar word in the other (Jaro–Winkler), and the mean of those similarities decides the level.
 */
final class AddressComparator {

    public static final int MISSING = -1;
    public static final int DIFFERENT = 0;
    public static final int SOME = 1;
    public static final int MOST = 2;
    public static final int SAME = 3;

    private AddressComparator() {}

    public static int level(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return MISSING;
        }
        double similarity = similarity(a, b);
        if (similarity >= 0.999) {
            return SAME;
        }
        return similarity >= 0.9 ? MOST : similarity >= 0.7 ? SOME : DIFFERENT;
    }

    static double similarity(String[] a, String[] b) {
        String[] shorter = a.length <= b.length ? a : b;
        String[] longer = shorter == a ? b : a;
        double total = 0;
        for (String word : shorter) {
            double best = 0;
            for (String other : longer) {
                best = Math.max(best, JaroWinkler.similarity(word, other));
                if (best == 1.0) {
                    break;
                }
            }
            total += best;
        }
        double coverage = (double) shorter.length / longer.length;
        return total / shorter.length * (0.8 + 0.2 * coverage);
    }

    /** No words: one empty array for every record without an address (most of a registry). */
    private static final String[] NO_WORDS = new String[0];

    /** Lower-case words of letters and digits. */
    public static String[] words(String text) {
        if (text == null || text.isBlank()) {
            return NO_WORDS;
        }
        String cleaned = LinkageDate.toAsciiDigits(text)
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return cleaned.isEmpty() ? NO_WORDS : cleaned.split(" ");
    }
}
