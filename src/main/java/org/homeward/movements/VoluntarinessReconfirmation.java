package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's re-confirmation, on a movement's departure day, of the record they signed. */
public record VoluntarinessReconfirmation(
        UUID recordId,
        UUID movementId,
        UUID individualId,
        LocalDate reconfirmedOn,
        Instant reconfirmedAt,
        String reconfirmedBy) {}
