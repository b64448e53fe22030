package org.homeward.allocation.engine;

import java.util.List;

/**
 * The centres for one household at the registration desk: those that can take it, cheapest first,
 * and those that cannot, nearest first, with why.
 *
 * @param household   the household
 * @param choices     centres with room for it, cheapest first
 * @param excluded    centres without room for it, nearest first
 * @param waitingCost what leaving it waiting costs in the same units; a choice dearer than this is
 *                    not worth proposing under the weights
 */
record DeskRanking(
        WaitingHousehold household, List<CentreChoice> choices, List<ExcludedCentre> excluded, double waitingCost) {

    public DeskRanking {
        choices = List.copyOf(choices);
        excluded = List.copyOf(excluded);
    }
}
