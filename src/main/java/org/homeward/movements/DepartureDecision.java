package org.homeward.movements;

import java.time.Instant;
import java.util.UUID;

/** A coordinator's recorded decision to let a household depart despite one amber check, with the reason. */
record DepartureDecision(UUID householdId, String check, String reason, String decidedBy, Instant decidedAt) {}
