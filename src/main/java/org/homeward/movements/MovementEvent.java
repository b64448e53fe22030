package org.homeward.movements;

import java.time.Instant;
import java.util.UUID;

/** One step in a movement's history: who did what, when; details as JSON (counts and codes, never names). */
record MovementEvent(UUID householdId, Instant occurredAt, String actor, String type, String details) {}
