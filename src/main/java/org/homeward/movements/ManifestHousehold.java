package org.homeward.movements;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A household on a movement's manifest, or taken off it (open is false, with when, who and why).
 *
 * @param centreCode the reception centre booked for it, when the movement goes to reception
 */
public record ManifestHousehold(
        UUID movementId,
        UUID householdId,
        String destinationPcode,
        String centreCode,
        boolean open,
        Instant addedAt,
        String addedBy,
        Instant removedAt,
        String removedBy,
        String removalReason,
        String removalNote,
        List<ManifestPerson> persons) {

    public ManifestHousehold {
        persons = List.copyOf(persons);
    }

    public List<ManifestPerson> travelling() {
        return persons.stream().filter(ManifestPerson::travels).toList();
    }
}
