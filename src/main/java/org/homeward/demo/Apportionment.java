package org.homeward.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Shares a whole number out in proportion to weights by the largest-remainder method: every
 * share is the exact proportional share rounded down or up, and the shares add up exactly.
 */
final class Apportionment {

    private Apportionment() {}

    static long[] apportion(long total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        long[] shares = new long[weights.length];
        if (sum <= 0 || total <= 0) {
            return shares;
        }
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * (weights[i] / sum);
            shares[i] = (long) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        // Ties go to the earlier index, so the result depends on nothing but the input.
        Integer[] order = IntStream.range(0, weights.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; given < total; k++) {
            shares[order[k % order.length]]++;
            given++;
        }
        return shares;
    }
}
