package org.homeward.movements;

import java.util.List;
import java.util.UUID;

/**
 * A household of a manifest as shown to a user: the reference and members only when the household
 * is in the user's scope; no names, phones or documents (the printed manifest carries names).
 *
 * @param reference null when the household is outside the user's scope
 */
record ManifestEntry(
        UUID householdId,
        String reference,
        String destinationPcode,
        String centreCode,
        boolean open,
        String removalReason,
        int travelling,
        int staying,
        List<Member> members) {

    public ManifestEntry {
        members = List.copyOf(members);
    }

    /**
     * A member: their position in the household, relationship, age on departure day where known.
     *
     * @param age -1 when the birth date is unknown
     */
    public record Member(
            int position,
            String relationship,
            int age,
            boolean travels,
            String staysReason,
            String vehicleLabel,
            boolean needsAccessibleSeat,
            boolean accessibleSeat,
            String boarding,
            String arrival,
            String individualId) {}
}
