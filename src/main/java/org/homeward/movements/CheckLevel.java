package org.homeward.movements;

/** How a departure check judged a household: go, go only on a recorded decision, or stop. */
public enum CheckLevel {
    GREEN,
    AMBER,
    RED;

    /** The worse of two levels; red outranks amber, amber outranks green. */
    public CheckLevel worse(CheckLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
