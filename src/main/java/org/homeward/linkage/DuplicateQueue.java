package org.homeward.linkage;

import java.util.List;
import java.util.UUID;

/**
 * One page of the review queue: open pairs in the reviewer's scope, strongest first.
 *
 * @param total open pairs in scope on all pages
 */
public record DuplicateQueue(List<Entry> entries, int page, int size, long total) {

    /** One pair waiting for a decision: names in both scripts and the households with their references. */
    public record Entry(long id, double weight, String firstNameAr, String firstNameLatin, String firstReference,
                        String secondNameAr, String secondNameLatin, String secondReference, UUID firstHousehold,
                        UUID secondHousehold) {
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
