package org.homeward.allocation.engine;

/**
 * One centre for one household, with why: how far, what it costs term by term, what room it
 * leaves, and whether the household's needs are met there.
 *
 * @param centreId              the centre
 * @param distanceKm            great-circle kilometres from the household's home community
 * @param distanceRank          1 for the nearest open centre to the home community, 2 for the next...
 * @param cost                  this household's share of the objective (no waiting cost: it is placed)
 * @param roomLeft              the centre's room after this placement (after the whole plan, in a plan)
 * @param accessibleUnit        whether the household gets an accessible unit (it does whenever it needs one)
 * @param communityPersonsThere persons of the household's home community in the centre, the household included
 * @param communityMainCentre   whether this centre holds the most persons of the household's community
 */
public record CentreChoice(
        String centreId,
        double distanceKm,
        int distanceRank,
        CostBreakdown cost,
        RoomLeft roomLeft,
        boolean accessibleUnit,
        int communityPersonsThere,
        boolean communityMainCentre) {}
