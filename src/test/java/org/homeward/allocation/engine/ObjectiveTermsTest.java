package org.homeward.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each soft term of the objective on a case small enough to solve by hand (worked out in the comments). */
class ObjectiveTermsTest {

    private final AllocationEngine engine = new AllocationEngine();

    @Test
    void placesTheMoreVulnerableFirst() {
        // Room for one of two households of 4: leaving V waiting costs 4 x (25,000 + 3 x 100), leaving
        // N waiting 4 x 25,000; everything else is equal, so V is placed.
        AllocationProblem problem = new TinyProblem()
                .household("N", 4, false, "SY010000", 0, 0, 0)
                .household("V", 4, false, "SY010000", 0, 3, 0)
                .centre("R1", 10, 4, 4, 0)
                .build();

        AllocationPlan plan = solve(problem);

        assertThat(AllocationChecker.placedIds(plan, "R1")).containsExactly("V");
    }

    @Test
    void placesTheLongestWaitingFirstAmongEquallyVulnerable() {
        // Same priority; L has waited 400 days (13 whole months, 13 x 20 per person), S 10 days.
        AllocationProblem problem = new TinyProblem()
                .household("S", 3, false, "SY010000", 0, 1, 10)
                .household("L", 3, false, "SY010000", 0, 1, 400)
                .centre("R1", 10, 3, 4, 0)
                .build();

        AllocationPlan plan = solve(problem);

        assertThat(AllocationChecker.placedIds(plan, "R1")).containsExactly("L");
    }

    @Test
    void sendsEachHouseholdToTheCentreNearItsHome() {
        // W lives at 0 km, E at 100 km; a centre at each with room for one household. Crossing over
        // would cost 2 x 4 persons x 100 km more.
        AllocationProblem problem = new TinyProblem()
                .household("W", 4, "SY010000", 0)
                .household("E", 4, "SY020000", 100)
                .centre("WEST", 0, 4, 1, 0)
                .centre("EAST", 100, 4, 1, 0)
                .build();

        AllocationPlan plan = solve(problem);

        assertThat(AllocationChecker.placedIds(plan, "WEST")).containsExactly("W");
        assertThat(AllocationChecker.placedIds(plan, "EAST")).containsExactly("E");
        assertThat(plan.cost().distance()).isLessThan(0.01);
    }

    @Test
    void placesAsManyPeopleAsPossibleBeforeAnythingElse() {
        // Room for 5 persons in 2 units. BIG (5 persons, no priority) against two households of 2 with
        // the highest priority that waited 700 days. Placing BIG leaves 4 persons waiting at
        // 25,000 + 400 + 23 x 20 = 25,860 each (103,440); placing the two leaves 5 at 25,000 (125,000).
        AllocationProblem problem = new TinyProblem()
                .household("BIG", 5, false, "SY010000", 0, 0, 0)
                .household("U1", 2, false, "SY010000", 0, 4, 700)
                .household("U2", 2, false, "SY010000", 0, 4, 700)
                .centre("R1", 10, 5, 2, 0)
                .build();

        AllocationPlan plan = solve(problem);

        assertThat(AllocationChecker.placedIds(plan, "R1")).containsExactly("BIG");
        assertThat(plan.cost().leftWaiting()).isCloseTo(103_440, within(1e-6));
        assertThat(problem.weights().placesPeopleFirst(5, 4, 100)).isTrue();
    }

    @Test
    void keepsHouseholdsOfOneCommunityInOneCentre() {
        // Two centres at the same place with room for 6 persons each; communities X and Y have two
        // households of 2 each. Any split puts 4 persons in each centre (same fullness, same distance);
        // only keeping each community together avoids 2 persons away per community (2 x 2 x 15).
        AllocationProblem problem = new TinyProblem()
                .household("X1", 2, "SY010000", 0)
                .household("Y1", 2, "SY020000", 0)
                .household("X2", 2, "SY010000", 0)
                .household("Y2", 2, "SY020000", 0)
                .centre("A", 10, 6, 5, 0)
                .centre("B", 10, 6, 5, 0)
                .build();

        AllocationPlan plan = solve(problem);

        String centreOfX1 = plan.proposals().get(0).centreIdOrEmpty();
        String centreOfY1 = plan.proposals().get(1).centreIdOrEmpty();
        assertThat(plan.proposals().get(2).centreIdOrEmpty()).isEqualTo(centreOfX1);
        assertThat(plan.proposals().get(3).centreIdOrEmpty()).isEqualTo(centreOfY1);
        assertThat(centreOfX1).isNotEqualTo(centreOfY1);
        assertThat(plan.cost().awayFromCommunity()).isZero();
    }

    @Test
    void balancesOccupancyBetweenEquallyGoodCentres() {
        // Two centres at the same place with 10 free persons each, two households of 5 from different
        // communities. Both in one centre: its persons pay 30 x (0 + 0.1 + ... + 0.9) = 135; one in
        // each: 2 x 30 x (0 + 0.1 + ... + 0.4) = 60.
        AllocationProblem problem = new TinyProblem()
                .household("M", 5, "SY010000", 0)
                .household("N", 5, "SY020000", 0)
                .centre("A", 10, 10, 5, 0)
                .centre("B", 10, 10, 5, 0)
                .build();

        AllocationPlan plan = solve(problem);

        assertThat(plan.proposals().get(0).centreIdOrEmpty())
                .isNotEqualTo(plan.proposals().get(1).centreIdOrEmpty());
        assertThat(plan.cost().fullness()).isCloseTo(60, within(1e-6));
    }

    @Test
    void explainsAPlacementWithDistanceCostsAndRoomLeft() {
        // H (3 persons, needs an accessible unit) lives 25 km from the only centre: distance cost
        // 3 x 25; fullness: 3 persons into a centre of 10 fill it 0-30 %: 30 x (0 + 0.1 + 0.2) = 9.
        AllocationProblem problem = new TinyProblem()
                .household("H", 3, true, "SY010000", 0, 0, 0)
                .centre("R1", 25, 10, 4, 2)
                .build();

        CentreChoice choice = solve(problem).proposals().get(0).placement().orElseThrow();

        assertThat(choice.centreId()).isEqualTo("R1");
        assertThat(choice.distanceKm()).isCloseTo(25, within(0.01));
        assertThat(choice.cost().distance()).isCloseTo(75, within(0.03));
        assertThat(choice.cost().fullness()).isCloseTo(9, within(1e-6));
        assertThat(choice.roomLeft()).isEqualTo(new RoomLeft(7, 3, 1));
        assertThat(choice.accessibleUnit()).isTrue();
        assertThat(choice.communityPersonsThere()).isEqualTo(3);
        assertThat(choice.communityMainCentre()).isTrue();
    }

    private AllocationPlan solve(AllocationProblem problem) {
        AllocationPlan plan = engine.allocate(problem);
        AllocationChecker.assertValid(problem, plan);
        assertThat(plan.cost().total())
                .isCloseTo(BruteForceAllocation.solve(problem).cost(), within(1e-6));
        return plan;
    }
}
