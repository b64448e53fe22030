package org.homeward.registry;

import java.util.UUID;

/**
 * Published when a household is registered or its record changes (members, documents, journey
 * destination), inside the transaction that made the change. Listeners that keep their own view of
 * households (such as documentation's proposals) read the household through {@link HouseholdQueries}.
 * Households written by a bulk import are announced by batch instead, with {@link HouseholdsImported}.
 *
 * @param change {@code REGISTERED} or {@code UPDATED}
 */
public record HouseholdRecorded(UUID householdId, String change) {}
