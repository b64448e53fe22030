package org.homeward.allocation.engine;

import java.util.Optional;

/**
 * What the engine proposes for one household: a centre, with the reasons, or waiting, with why.
 *
 * @param household     the household
 * @param placement     the centre proposed, if any
 * @param waitingReason why it waits, if it does
 * @param cost          its share of the objective: placement terms if placed, waiting cost if not
 */
public record Proposal(
        WaitingHousehold household,
        Optional<CentreChoice> placement,
        Optional<WaitingReason> waitingReason,
        CostBreakdown cost) {

    /** The proposed centre's id, or an empty string when the household waits. */
    public String centreIdOrEmpty() {
        return placement.map(CentreChoice::centreId).orElse("");
    }
}
