package org.homeward.movements;

import java.util.UUID;

/**
 * A person on a movement's manifest: whether they travel (or stay behind, and why), their seat and
 * whether they need an accessible one, and how boarding and arrival went.
 */
record ManifestPerson(
        UUID individualId,
        boolean travels,
        String staysReason,
        String vehicleLabel,
        boolean accessibleSeat,
        boolean needsAccessibleSeat,
        String boarding,
        String arrival) {}
