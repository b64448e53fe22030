package org.homeward.movements;

/**
 * A decision on an amber verdict.
 *
 * @param householdId           the household on the manifest
 * @param check                 the check's name, e.g. {@code likely-duplicates}
 * @param reason                why the household may go despite it
 * @param householdAcknowledged that the household was told and agreed (must be true)
 */
public record DepartureDecisionRequest(
        String householdId, String check, String reason, Boolean householdAcknowledged) {}
