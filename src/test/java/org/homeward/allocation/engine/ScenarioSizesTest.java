package org.homeward.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.allocation.SeedScenario;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of the seed's kind: a planned arrival day (a few hundred households, all of whom fit)
 * and a larger batch with closed centres: hard constraints by the independent checker, and the same
 * plan every time.
 */
class ScenarioSizesTest {

    private final AllocationEngine engine = new AllocationEngine();

    @Test
    void plansAnArrivalDayTheSameWayEveryTime() {
        AllocationProblem problem = SeedScenario.arrivalDay(11, 400);

        AllocationPlan first = engine.allocate(problem);
        AllocationPlan second = engine.allocate(problem);

        AllocationChecker.assertValid(problem, first);
        assertThat(AllocationChecker.centreByHousehold(second)).isEqualTo(AllocationChecker.centreByHousehold(first));
        assertThat(first.summary().householdsWaiting()).isZero();
        assertThat(first.gapBeyondUnavoidableWaiting()).isLessThanOrEqualTo(0.01);
    }

    @Test
    void neverUsesClosedCentresInALargerBatch() {
        AllocationProblem problem = SeedScenario.generate(12, 8_000, 10);
        Set<String> closed = problem.centres().stream()
                .filter(c -> !c.open())
                .map(CentreVacancy::id)
                .collect(Collectors.toSet());

        AllocationPlan first = engine.allocate(problem);
        AllocationPlan second = engine.allocate(problem);

        AllocationChecker.assertValid(problem, first);
        assertThat(closed).hasSize(10);
        assertThat(first.proposals()).noneMatch(p -> closed.contains(p.centreIdOrEmpty()));
        assertThat(AllocationChecker.centreByHousehold(second)).isEqualTo(AllocationChecker.centreByHousehold(first));
        assertThat(first.summary().openPlaces()).isLessThan(SeedScenario.SEED_PLACES * 8_000L / 120_000);
        assertThat((double) first.summary().personsPlaced())
                .isGreaterThanOrEqualTo(first.summary().personsUpperBound() - 12);
    }
}
