package db.migration.v4_1;

/**
 * The sound alphabet in which Arabic and Latin spellings of a name meet, and the alignment that
 * decides whether two spellings can be the same name.
 *
 * <p>Tokens: consonant classes {@code B T J H D R Z S G F K L M N} (kh/h, q/k, t/ṭ, s/ṣ folded);
 * {@code q} a Latin "h" of a digraph (sh, th, dh) and {@code x} the dots of ش ث ذ, which must
 * meet each other or an h; long vowels and semivowels {@code A Y W} (ا ي و, Latin y w);
 * weak vowels {@code a e i u} (Latin vowels, which Arabic script does not write); {@code ^} a
 * word-initial vowel, alef or ʿayn; {@code '} a ʿayn or hamza inside a word; word-final vowels
 * {@code 1} (a), {@code 2} (i), {@code 3} (u), {@code 4} (e), {@code 5} (Arabic ي/ى) and
 * {@code h} (ة or a final ه).
 *
 * <p>Weak vowels, {@code '}, {@code 4} and {@code h} may stay unmatched at no cost; every other
 * token unmatched or mismatched costs one. Two spellings whose cheapest alignment costs nothing
 * are variants of one name.
 *
 * <p>A frozen copy of the linkage engine's {@code NameTokens} as it stood when
 * {@code V4_1__linkage_name_keys} was written, so that the migration's result never follows later changes.
 */
final class V41NameTokens {

    private static final boolean[][] COMPATIBLE = new boolean[128][128];
    private static final boolean[] OPTIONAL = new boolean[128];
    private static final boolean[] CONSONANT = new boolean[128];
    private static final ThreadLocal<int[][]> ROWS =
            ThreadLocal.withInitial(() -> new int[][] {new int[32], new int[32]});

    static {
        for (char c : "BTJHDRZSGFKLMN".toCharArray()) {
            CONSONANT[c] = true;
            compatible(c, String.valueOf(c));
        }
        for (char c : "aei'4h".toCharArray()) {
            OPTIONAL[c] = true;
        }
        OPTIONAL['u'] = true;
        compatible('A', "Aae14");
        compatible('Y', "Yie245");
        compatible('W', "Wu3");
        compatible('a', "aeiuA145");
        compatible('e', "aeiuAY1245");
        compatible('i', "aeiuY245");
        compatible('u', "aeiuW3");
        compatible('^', "^");
        compatible('\'', "'");
        compatible('q', "qxH");
        compatible('x', "xq");
        compatible('1', "145hAae");
        compatible('2', "245Yie");
        compatible('3', "3Wu");
        compatible('4', "12345haeiAY");
        compatible('5', "1245aeiAY");
        compatible('h', "h14H");
    }

    private static void compatible(char token, String others) {
        for (char other : others.toCharArray()) {
            if (other != ' ') {
                COMPATIBLE[token][other] = true;
                COMPATIBLE[other][token] = true;
            }
        }
    }

    private V41NameTokens() {}

    /** Removes repeats: doubled consonants and vowel runs of one kind are one sound. */
    static String collapse(CharSequence tokens) {
        StringBuilder out = new StringBuilder(tokens.length());
        char previous = 0;
        for (int i = 0; i < tokens.length(); i++) {
            char c = tokens.charAt(i);
            if (c != previous || c == '^') {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    /** The consonant skeleton: the blocking and frequency key that both scripts share. */
    static String skeleton(String tokens) {
        StringBuilder out = new StringBuilder(tokens.length());
        for (int i = 0; i < tokens.length(); i++) {
            char c = tokens.charAt(i);
            if (c < 128 && CONSONANT[c] || c == '^' && i == 0) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * Whether two Latin spellings put their vowels between the same consonants, up to a vowel
     * dropped before the last syllable (Fatima, Fatme; Hamawi, Hamwi): Mahmoud and Mohammad
     * share their consonants but not their shape.
     */
    static boolean sameShape(String a, String b) {
        long gapsA = vowelGaps(a);
        long gapsB = vowelGaps(b);
        int countA = (int) (gapsA >>> 40);
        int countB = (int) (gapsB >>> 40);
        if (countA != countB || countA == 0) {
            return true;
        }
        long difference = (gapsA ^ gapsB) & 0xFFFFFFFFL;
        long lastTwo = countA >= 2 ? 3L << (countA - 2) : 1L;
        return (difference & ~lastTwo) == 0;
    }

    /** Bit k: a vowel follows the k-th consonant; bits 40 and up: the number of consonants. */
    private static long vowelGaps(String tokens) {
        long bits = 0;
        int count = 0;
        for (int i = 0; i < tokens.length() && count < 32; i++) {
            char c = tokens.charAt(i);
            if (c < 128 && CONSONANT[c]) {
                count++;
            } else if (count > 0 && c != 'q' && c != 'x') {
                bits |= 1L << (count - 1);
            }
        }
        return bits | (long) count << 40;
    }

    /**
     * The consonants other than h (whose Latin digraphs and Arabic final forms shift), with the
     * initial vowel mark: spellings that can align at no cost always share it.
     */
    static String looseSkeleton(String tokens) {
        StringBuilder out = new StringBuilder(tokens.length());
        for (int i = 0; i < tokens.length(); i++) {
            char c = tokens.charAt(i);
            if (c < 128 && CONSONANT[c] && c != 'H' || c == '^' && i == 0) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static int cost(char c) {
        return c < 128 && OPTIONAL[c] ? 0 : 1;
    }

    /**
     * The cheapest alignment of two token strings: 0 means the spellings can be one name.
     * Stops early and answers {@code limit + 1} once the cost must exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] rows = ROWS.get();
        if (rows[0].length <= m) {
            rows[0] = new int[m + 1];
            rows[1] = new int[m + 1];
        }
        int[] previous = rows[0];
        int[] current = rows[1];
        previous[0] = 0;
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + cost(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char x = a.charAt(i - 1);
            int skipX = cost(x);
            current[0] = previous[0] + skipX;
            int rowMinimum = current[0];
            for (int j = 1; j <= m; j++) {
                char y = b.charAt(j - 1);
                int best = Math.min(previous[j] + skipX, current[j - 1] + cost(y));
                if (x < 128 && y < 128 && COMPATIBLE[x][y]) {
                    best = Math.min(best, previous[j - 1]);
                } else if (skipX == 1 && cost(y) == 1) {
                    best = Math.min(best, previous[j - 1] + 1);
                }
                current[j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }
}
