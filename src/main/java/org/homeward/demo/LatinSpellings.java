package org.homeward.demo;

/**
 * Chooses which Latin spelling of a name a registration uses. The first spelling is the most
 * usual; the k-th (from 0) is chosen with a weight falling as 1 / (k + 1)^1.5, so the usual
 * spelling is written about half of the time and the rarest still appear.
 */
final class LatinSpellings {

    private static final int MOST_SPELLINGS = 32;
    private static final double[][] CUMULATIVE_SHARES = new double[MOST_SPELLINGS + 1][];

    static {
        for (int count = 1; count <= MOST_SPELLINGS; count++) {
            double[] shares = new double[count];
            double total = 0;
            for (int k = 0; k < count; k++) {
                total += 1 / StrictMath.pow(k + 1, 1.5);
                shares[k] = total;
            }
            for (int k = 0; k < count; k++) {
                shares[k] /= total;
            }
            CUMULATIVE_SHARES[count] = shares;
        }
    }

    private LatinSpellings() {}

    /** The index of the spelling chosen for the point u in [0, 1) among count spellings. */
    static int indexFor(int count, double u) {
        double[] shares = CUMULATIVE_SHARES[Math.min(count, MOST_SPELLINGS)];
        for (int k = 0; k < shares.length - 1; k++) {
            if (u < shares[k]) {
                return k;
            }
        }
        return shares.length - 1;
    }

    /** A well-mixed 64-bit value of two inputs (the SplitMix64 finaliser), so nearby keys spread evenly. */
    static long mix(long salt, long key) {
        long z = salt + key * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The point in [0, 1) a registration's salt gives a name key. */
    static double pointFor(long salt, int key) {
        return (mix(salt, key) >>> 11) * 0x1.0p-53;
    }
}
