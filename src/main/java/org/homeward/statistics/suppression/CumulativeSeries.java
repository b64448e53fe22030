package org.homeward.statistics.suppression;

/**
 * Running totals of a protected series (such as returns per month) that give nothing away: the
 * difference of two published running totals is the sum of the periods between them, so a
 * running total is published only before the first hidden period or, when the grand total is
 * published and at least two periods are hidden, from the last hidden one on: there it reveals no
 * more than the protected series and its grand total already do.
 */
public final class CumulativeSeries {

    private CumulativeSeries() {}

    /** The running totals, with null where one must stay hidden. */
    public static Long[] of(long[] values, boolean[] hidden, boolean totalHidden) {
        if (values.length != hidden.length) {
            throw new IllegalArgumentException("One hidden flag per value");
        }
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i]) {
                first = first < 0 ? i : first;
                last = i;
                count++;
            }
        }
        boolean tailSafe = !totalHidden && count >= 2;
        Long[] running = new Long[values.length];
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            boolean safe = first < 0 ? !totalHidden : i < first || (tailSafe && i >= last);
            running[i] = safe ? sum : null;
        }
        return running;
    }
}
