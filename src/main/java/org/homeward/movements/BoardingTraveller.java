package org.homeward.movements;

import java.time.Instant;
import java.util.UUID;

/**
 * A person on a manifest with their name, as the boarding and reconciliation pages show them; no
 * phone or document number.
 */
record BoardingTraveller(
        UUID individualId,
        String nameArabic,
        String nameLatin,
        boolean travels,
        String vehicleLabel,
        String boarding,
        Instant boardedAt,
        String arrival) {}
