package org.homeward.movements;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a person withdraws their decision to return. Their household comes off any
 * movement it is planned on, without penalty, and the withdrawal is counted.
 */
record VoluntarinessWithdrawn(UUID householdId, UUID individualId, Instant withdrawnAt, String recordedBy) {}
