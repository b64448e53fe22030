package org.homeward.movements;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert for a person who boarded a movement and did not arrive: where they were last known to
 * be (the departure point, the vehicle, the crossing it was heading for) and when (boarding).
 *
 * @param status {@code OPEN} until a coordinator resolves it with a note
 */
record MissingPersonAlert(
        UUID id,
        UUID movementId,
        UUID householdId,
        UUID individualId,
        String departurePoint,
        String crossingCode,
        String vehicleLabel,
        Instant lastSeenAt,
        Instant raisedAt,
        String status,
        Instant resolvedAt,
        String resolvedBy,
        String resolutionNote) {}
