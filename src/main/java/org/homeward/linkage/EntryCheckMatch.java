package org.homeward.linkage;

/**
 * One likely earlier registration as the registration form shows it: the match with what lets the
 * officer decide without leaving the form (the household's reference, size, destination and site).
 *
 * @param destinationName the destination's name in the page's language, or its P-code when unknown
 */
record EntryCheckMatch(
        LikelyDuplicates.Match match,
        String reference,
        int size,
        String destinationPcode,
        String destinationName,
        String registrationSite) {

    /** From this likelihood on, a registration is very likely a duplicate (the queue's "very likely" band). */
    static final double VERY_LIKELY = 0.96;

    boolean veryLikely() {
        return match.probability() >= VERY_LIKELY;
    }
}
