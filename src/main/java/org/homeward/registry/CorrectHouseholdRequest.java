package org.homeward.registry;

/**
 * The household-level part of a registration as corrected (registration site and journey details,
 * not the journey's status, which moves by its own action), checked against the version the editor read.
 */
public record CorrectHouseholdRequest(long version, String registrationSite, JourneyDetails journey, String reason) {}
