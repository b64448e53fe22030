package org.homeward.registry;

/** Moves a journey to a later status (or withdraws it), with the reason. */
public record AdvanceJourneyRequest(long version, String status, String reason) {}
