package org.homeward.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each hard constraint on a case small enough to solve by hand; the optimum is worked out in the
 * comment, checked by brute force, and the plan is checked by the independent checker.
 */
class HardConstraintsTest {

    private final AllocationEngine engine = new AllocationEngine();

    @Test
    void neverPlacesMorePersonsThanACentreHasFree() {
        // One centre 10 km away with 5 free persons and plenty of units. Households of 3, 3 and 2
        // persons, all from the same place; A has priority 2. At most 5 persons fit: {3, 2}. A and C
        // beat B and C because leaving A waiting costs 2 x 100 more per person.
        AllocationProblem problem = new TinyProblem()
                .household("A", 3, false, "SY010000", 0, 2, 0)
                .household("B", 3, false, "SY010000", 0, 0, 0)
                .household("C", 2, false, "SY010000", 0, 0, 0)
                .centre("R1", 10, 5, 10, 0)
                .build();

        AllocationPlan plan = solveAndCheck(problem);

        assertThat(AllocationChecker.placedIds(plan, "R1")).containsExactly("A", "C");
        assertThat(plan.proposals().get(1).waitingReason()).contains(WaitingReason.ROOM_TAKEN);
        assertThat(plan.proposals().get(0).placement().orElseThrow().roomLeft()).isEqualTo(new RoomLeft(0, 8, 0));
    }

    @Test
    void neverUsesMoreFamilyUnitsThanACentreHasFree() {
        // 100 free persons but only 2 family units; households of 1, 1 and 4 persons. Two households
        // at most: the 4 and one of the 1s, 5 persons; the first 1 (input order) is kept.
        AllocationProblem problem = new TinyProblem()
                .household("P", 1, "SY010000", 0)
                .household("Q", 1, "SY010000", 0)
                .household("R", 4, "SY010000", 0)
                .centre("R1", 5, 100, 2, 0)
                .build();

        AllocationPlan plan = solveAndCheck(problem);

        assertThat(AllocationChecker.personsPlaced(plan)).isEqualTo(5);
        assertThat(AllocationChecker.placedIds(plan, "R1")).hasSize(2).contains("R");
    }

    @Test
    void placesOnlyAsManyAccessibleNeedsAsThereAreAccessibleUnits() {
        // 20 persons, 3 units of which 1 accessible. X (2 persons) and Y (3) need accessible units,
        // Z (2) does not. Only one of X, Y can be placed: Y, the larger; Z takes a standard unit.
        AllocationProblem problem = new TinyProblem()
                .household("X", 2, true, "SY010000", 0, 0, 0)
                .household("Y", 3, true, "SY010000", 0, 0, 0)
                .household("Z", 2, false, "SY010000", 0, 0, 0)
                .centre("R1", 5, 20, 3, 1)
                .build();

        AllocationPlan plan = solveAndCheck(problem);

        assertThat(AllocationChecker.placedIds(plan, "R1")).containsExactly("Y", "Z");
        assertThat(plan.proposals().get(0).waitingReason()).contains(WaitingReason.ROOM_TAKEN);
        assertThat(plan.proposals().get(1).placement().orElseThrow().accessibleUnit())
                .isTrue();
    }

    @Test
    void letsHouseholdsWithoutTheNeedUseAccessibleUnitsNobodyNeeds() {
        // Every unit of the centre is accessible (2 of 2). Accessible units are family units, so two
        // households without the need both get one: 4 persons placed.
        AllocationProblem problem = new TinyProblem()
                .household("S", 2, "SY010000", 0)
                .household("T", 2, "SY010000", 0)
                .centre("R1", 5, 10, 2, 2)
                .build();

        AllocationPlan plan = solveAndCheck(problem);

        assertThat(AllocationChecker.placedIds(plan, "R1")).containsExactly("S", "T");
    }

    @Test
    void neverPlacesAnyoneInAClosedCentre() {
        // The closed centre is next door with room for everybody; the open one, 80 km away, has room
        // for 6 persons. Households of 4, 2 and 3: 6 persons fit, {4, 2}; the 3 waits.
        AllocationProblem problem = new TinyProblem()
                .household("A", 4, "SY010000", 0)
                .household("B", 2, "SY010000", 0)
                .household("C", 3, "SY010000", 0)
                .closedCentre("SHUT", 1, 100, 20, 5)
                .centre("FAR", 80, 6, 5, 1)
                .build();

        AllocationPlan plan = solveAndCheck(problem);

        assertThat(AllocationChecker.placedIds(plan, "SHUT")).isEmpty();
        assertThat(AllocationChecker.placedIds(plan, "FAR")).containsExactly("A", "B");
        assertThat(plan.proposals().get(0).placement().orElseThrow().distanceRank())
                .isEqualTo(1);
    }

    @Test
    void neverSplitsAHousehold() {
        // Two centres with 4 free persons each: 8 in all, but the household has 5 persons and fits in
        // neither, so it waits although the places would add up.
        AllocationProblem problem = new TinyProblem()
                .household("BIG", 5, "SY010000", 0)
                .centre("R1", 10, 4, 3, 0)
                .centre("R2", 20, 4, 3, 0)
                .build();

        AllocationPlan plan = solveAndCheck(problem);

        assertThat(plan.proposals().get(0).placement()).isEmpty();
        assertThat(plan.proposals().get(0).waitingReason()).contains(WaitingReason.NO_CENTRE_FITS);
        assertThat(plan.summary().personsUpperBound()).isLessThan(1e-6);
    }

    private AllocationPlan solveAndCheck(AllocationProblem problem) {
        AllocationPlan plan = engine.allocate(problem);
        AllocationChecker.assertValid(problem, plan);
        BruteForceAllocation.Optimum optimum = BruteForceAllocation.solve(problem);
        assertThat(plan.cost().total()).isCloseTo(optimum.cost(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(plan.lowerBound()).isLessThanOrEqualTo(optimum.cost() + 1e-6);
        Map<String, String> proposed = AllocationChecker.centreByHousehold(plan);
        assertThat(AllocationChecker.cost(problem, proposed))
                .isCloseTo(optimum.cost(), org.assertj.core.data.Offset.offset(1e-6));
        return plan;
    }
}
