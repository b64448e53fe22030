package org.homeward.allocation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Writes down why for every household of a finished allocation. The households' shares add up to
 * the plan's cost: a centre's fullness cost is shared per person among those placed there, and the
 * community term is carried by the persons outside their community's main centre.
 */
final class ProposalExplainer {

    private final IndexedProblem problem;
    private final Occupancy occupancy;
    /** Per home location and centre: 1 for the nearest open centre, 2 for the next, ... */
    private final int[][] distanceRank;

    ProposalExplainer(IndexedProblem problem, Occupancy occupancy) {
        this.problem = problem;
        this.occupancy = occupancy;
        distanceRank = new int[problem.locationCount()][problem.centreCount];
        for (int l = 0; l < problem.locationCount(); l++) {
            double[] kilometres = problem.kilometres[l];
            int[] byDistance = IntStream.range(0, problem.centreCount)
                    .filter(c -> problem.centre(c).open())
                    .boxed()
                    .sorted(Comparator.comparingDouble(c -> kilometres[c]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            for (int rank = 0; rank < byDistance.length; rank++) {
                distanceRank[l][byDistance[rank]] = rank + 1;
            }
        }
    }

    List<Proposal> explainAll() {
        List<Proposal> proposals = new ArrayList<>(problem.householdCount);
        for (int h = 0; h < problem.householdCount; h++) {
            proposals.add(explain(h));
        }
        return proposals;
    }

    private Proposal explain(int household) {
        WaitingHousehold waiting = problem.household(household);
        if (!occupancy.isPlaced(household)) {
            CostBreakdown cost = new CostBreakdown(0, 0, 0, problem.waitingCost(household));
            return new Proposal(waiting, Optional.empty(), Optional.of(reasonForWaiting(household)), cost);
        }
        int centre = occupancy.centreOf(household);
        int persons = problem.size[household];
        int community = problem.community[household];
        boolean atMain = occupancy.mainCentre(community) == centre;
        double fullnessShare = problem.fullness[centre].cost(occupancy.personsPlaced(centre))
                * persons
                / occupancy.personsPlaced(centre);
        CostBreakdown cost = new CostBreakdown(
                problem.distanceCost(household, centre),
                fullnessShare,
                atMain ? 0 : problem.weights.awayFromCommunity() * persons,
                0);
        CentreChoice choice = new CentreChoice(
                problem.centre(centre).id(),
                problem.kilometres[problem.location[household]][centre],
                distanceRank[problem.location[household]][centre],
                cost,
                new RoomLeft(
                        occupancy.personsLeft(centre), occupancy.unitsLeft(centre), occupancy.accessibleLeft(centre)),
                problem.accessible[household],
                occupancy.communityPersons(community, centre),
                atMain);
        return new Proposal(waiting, Optional.of(choice), Optional.empty(), cost);
    }

    private WaitingReason reasonForWaiting(int household) {
        boolean everFits = false;
        for (int c = 0; c < problem.centreCount; c++) {
            if (occupancy.fits(household, c)) {
                return WaitingReason.CHEAPER_TO_WAIT;
            }
            everFits |= problem.couldEverFit(household, c);
        }
        return everFits ? WaitingReason.ROOM_TAKEN : WaitingReason.NO_CENTRE_FITS;
    }
}
