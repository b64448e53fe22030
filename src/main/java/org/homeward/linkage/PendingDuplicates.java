package org.homeward.linkage;

/**
 * How many likely-duplicate pairs in the review queue still wait for a decision about some people.
 *
 * @param openPairs            pairs not yet judged same or different
 * @param individualsConcerned how many of the people asked about are in at least one of them
 */
public record PendingDuplicates(int openPairs, int individualsConcerned) {

    /** Whether nothing waits for review. */
    public boolean none() {
        return openPairs == 0;
    }
}
