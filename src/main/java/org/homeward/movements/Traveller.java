package org.homeward.movements;

import java.util.Optional;
import java.util.UUID;

/**
 * A member of a household on a manifest, with what departure checks need to know and no more.
 *
 * @param individualId     the registry's individual
 * @param relationship     the registry's relationship to the principal, e.g. {@code PRINCIPAL},
 *                         {@code CHILD}, {@code SPOUSE}
 * @param ageOnDeparture   whole years on the departure day, when the birth date is known at least
 *                         to the year
 * @param adult            18 or over on the departure day, or of unknown age (an unknown age is
 *                         treated as adult so that nobody escapes the adult's own consent)
 * @param unaccompanied    a child travelling without a parent or usual caregiver in the household
 * @param travels          whether the person is on this movement (a member may stay behind with a
 *                         recorded reason)
 */
public record Traveller(
        UUID individualId,
        String relationship,
        Optional<Integer> ageOnDeparture,
        boolean adult,
        boolean unaccompanied,
        boolean travels) {}
