package org.homeward.conditions;

/** The state of a destination area on a day, as the red lines and the age of the data make it. */
enum AreaStatus {
    /** A red line is reported present by at least one current value: no organised return goes there. */
    RED,
    /** Current data, but not every red line is confirmed absent: a return needs a recorded decision. */
    AMBER,
    /** Every red line confirmed absent by current data. */
    GREEN,
    /** No current value at all: treated as amber, never as green. */
    UNKNOWN;

    /** Whether a departure there needs a coordinator's decision (amber, and unknown which counts as amber). */
    boolean countsAsAmber() {
        return this == AMBER || this == UNKNOWN;
    }
}
