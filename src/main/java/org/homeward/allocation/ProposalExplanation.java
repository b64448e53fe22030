package org.homeward.allocation;

import java.util.Optional;
import org.homeward.allocation.engine.CentreChoice;
import org.homeward.allocation.engine.CostBreakdown;
import org.homeward.allocation.engine.Proposal;

/**
 * Why the engine proposed what it did for one household, as stored with the proposal: the distance,
 * the room the centre keeps, the needs met, and the cost term by term. Centre fields are null when
 * the household waits.
 *
 * @param distanceKm            kilometres from home to the proposed centre
 * @param distanceRank          1 for the nearest open centre, 2 for the next...
 * @param roomLeftPersons       persons the centre can still take after the plan
 * @param roomLeftFamilyUnits   family units it keeps free after the plan
 * @param roomLeftAccessible    accessible units it keeps free after the plan
 * @param accessibleNeeded      whether the household needs an accessible unit
 * @param accessibleUnit        whether it gets one
 * @param communityPersonsThere persons of its home community in the centre, itself included
 * @param communityMainCentre   whether the centre holds most of its community
 * @param priority              distinct specific needs among its members
 * @param waitingDays           days waited since registration
 * @param distanceCost          the distance term of its cost
 * @param fullnessCost          the fullness term
 * @param communityCost         the away-from-community term
 * @param waitingCost           the waiting term (when it waits)
 */
record ProposalExplanation(
        Double distanceKm,
        Integer distanceRank,
        Integer roomLeftPersons,
        Integer roomLeftFamilyUnits,
        Integer roomLeftAccessible,
        boolean accessibleNeeded,
        boolean accessibleUnit,
        Integer communityPersonsThere,
        boolean communityMainCentre,
        int priority,
        int waitingDays,
        double distanceCost,
        double fullnessCost,
        double communityCost,
        double waitingCost) {

    static ProposalExplanation of(Proposal proposal) {
        CostBreakdown cost = proposal.cost();
        Optional<CentreChoice> placement = proposal.placement();
        CentreChoice choice = placement.orElse(null);
        return new ProposalExplanation(
                choice == null ? null : Math.round(choice.distanceKm() * 10) / 10.0,
                choice == null ? null : choice.distanceRank(),
                choice == null ? null : choice.roomLeft().persons(),
                choice == null ? null : choice.roomLeft().familyUnits(),
                choice == null ? null : choice.roomLeft().accessibleUnits(),
                proposal.household().accessibleNeeded(),
                choice != null && choice.accessibleUnit(),
                choice == null ? null : choice.communityPersonsThere(),
                choice != null && choice.communityMainCentre(),
                proposal.household().priority(),
                proposal.household().waitingDays(),
                cost.distance(),
                cost.fullness(),
                cost.awayFromCommunity(),
                cost.leftWaiting());
    }
}
