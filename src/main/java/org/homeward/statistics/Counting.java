package org.homeward.statistics;

/** How people are counted; every output says which. */
enum Counting {
    /** Every individual record counts, so a person registered twice counts twice. */
    REGISTRATIONS("registrations"),
    /** Records linked to one person by duplicate detection count once, on that person's earliest record. */
    PERSONS("deduplicated persons");

    private final String label;

    Counting(String label) {
        this.label = label;
    }

    /** The name printed in every output: "registrations" or "deduplicated persons". */
    public String label() {
        return label;
    }
}
