package org.homeward.linkage;

import java.util.List;
import java.util.UUID;

/**
 * One page of the review queue: open pairs in the reviewer's scope that pass the filter, in its order.
 *
 * @param after  the pair this page starts after, or null for the first page
 * @param total open pairs in scope on all pages
 */
public record DuplicateQueue(List<Entry> entries, QueueFilter filter, Long after, int size, long total) {

    /** One pair waiting for a decision: names in both scripts and the households with their references. */
    public record Entry(
            long id,
            double weight,
            String firstNameAr,
            String firstNameLatin,
            String firstReference,
            String secondNameAr,
            String secondNameLatin,
            String secondReference,
            UUID firstHousehold,
            UUID secondHousehold,
            String reason) {

        /** The chance the two records are one person: 2^w / (1 + 2^w). */
        public double probability() {
            return 1 / (1 + Math.pow(2, -weight));
        }
    }

    /** Whether this page starts after another (so a link back to the first page helps). */
    public boolean hasPrevious() {
        return after != null;
    }

    /** Whether more pairs may follow: this page is full. */
    public boolean hasNext() {
        return entries.size() == size;
    }

    /** The pair the next page starts after. */
    public long last() {
        return entries.get(entries.size() - 1).id();
    }
}
