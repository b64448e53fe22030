package org.homeward.movements;

/**
 * Takes a household off a manifest.
 *
 * @param reason REMOVED_BY_OFFICER (the default) or MOVED (to another movement)
 * @param note   why, in words (required)
 */
public record RemoveHouseholdRequest(String reason, String note) {}
