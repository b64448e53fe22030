package org.homeward.registry;

/** How much of a date of birth is known; "1 January" is often only a placeholder for YEAR. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    UNKNOWN
}
