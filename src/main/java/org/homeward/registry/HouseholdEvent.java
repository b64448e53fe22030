package org.homeward.registry;

import java.time.Instant;
import java.util.Map;

/** One recorded change to a household: who made it, when, what and why. */
public record HouseholdEvent(
        long id, Instant occurredAt, String actor, String type, String reason, Map<String, Object> details) {}
