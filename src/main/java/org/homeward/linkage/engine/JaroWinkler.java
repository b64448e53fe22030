package org.homeward.linkage.engine;

/** Jaro–Winkler string similarity (0 to 1), allocation-free for strings up to 64 characters. */
final class JaroWinkler {

    private JaroWinkler() {}

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0.0;
        }
        if (n > 64 || m > 64) {
            return similarityLong(a, b);
        }
        int window = Math.max(0, Math.max(n, m) / 2 - 1);
        long matchedA = 0;
        long matchedB = 0;
        int matches = 0;
        for (int i = 0; i < n; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(m - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
                    matchedA |= 1L << i;
                    matchedB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if ((matchedA & (1L << i)) != 0) {
                while ((matchedB & (1L << j)) == 0) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        return winkler(a, b, matches, transpositions / 2);
    }

    private static double winkler(String a, String b, int matches, int halfTranspositions) {
        double jaro = ((double) matches / a.length()
                        + (double) matches / b.length()
                        + (double) (matches - halfTranspositions) / matches)
                / 3.0;
        int prefix = 0;
        int limit = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    private static double similarityLong(String a, String b) {
        int n = a.length();
        int m = b.length();
        int window = Math.max(0, Math.max(n, m) / 2 - 1);
        boolean[] matchedA = new boolean[n];
        boolean[] matchedB = new boolean[m];
        int matches = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - window); j <= Math.min(m - 1, i + window); j++) {
                if (!matchedB[j] && b.charAt(j) == a.charAt(i)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        return winkler(a, b, matches, transpositions / 2);
    }
}
