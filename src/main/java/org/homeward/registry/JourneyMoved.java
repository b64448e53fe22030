package org.homeward.registry;

import java.util.UUID;

/**
 * A household's journey moved from one status to another; published inside the transaction that
 * moved it, so that a listener's changes commit or roll back with it.
 */
public record JourneyMoved(UUID householdId, JourneyStatus from, JourneyStatus to, String reason, String actor) {}
