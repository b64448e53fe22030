package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A movement as boarding and arrival see it: when and from where it leaves, through which crossing,
 * where it goes and how far it has got.
 *
 * @param destinationKind {@code RECEPTION} (to reception centres) or {@code HOME}
 * @param status          {@code PLANNED}, {@code DEPARTED}, {@code ARRIVED} or {@code CANCELLED}
 */
record BoardingMovement(
        UUID id,
        MovementKind kind,
        LocalDate departsOn,
        String departurePoint,
        String crossingCode,
        String destinationKind,
        String status,
        Instant departedAt,
        Instant arrivedAt) {

    static final String PLANNED = "PLANNED";
    static final String DEPARTED = "DEPARTED";
    static final String ARRIVED = "ARRIVED";

    boolean toReception() {
        return "RECEPTION".equals(destinationKind);
    }
}
