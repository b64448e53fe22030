package org.homeward.registry;

import java.util.UUID;

/**
 * An earlier registration that a member of a household being registered very likely is.
 *
 * @param position the member's place in the request, from 0
 * @param name the earlier registration's name as the check shows it, for the officer to compare
 */
public record VeryLikelyMatch(
        int position, UUID individualId, UUID householdId, String reference, String name, double probability) {}
