package org.homeward.movements;

/** A coordinator's finding on a coercion signal: one of {@link ProtectionReviewOutcome} and a note. */
record ProtectionReviewRequest(String outcome, String note) {}
