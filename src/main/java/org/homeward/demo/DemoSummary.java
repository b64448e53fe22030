package org.homeward.demo;

/**
 * What a generation run wrote: household registrations and rows (individual registrations),
 * the real people behind them, and how many people were registered more than once.
 */
public record DemoSummary(long households, long rows, long persons, long personsRegisteredMoreThanOnce) {

    /** The share of people registered more than once. */
    public double duplicateShare() {
        return persons == 0 ? 0 : (double) personsRegisteredMoreThanOnce / persons;
    }
}
