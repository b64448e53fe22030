package org.homeward.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.homeward.allocation.SeedScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seed scenario: 100 centres in 100 real sub-districts with 500,000 places, 120,000 waiting
 * households (about 540,000 persons, so not all fit). The plan is checked by the independent
 * checker, not by the engine's own word.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedScenarioTest {

    private AllocationProblem problem;
    private AllocationPlan plan;

    @BeforeAll
    void solveTheSeedScenario() {
        problem = SeedScenario.seed(20_260_707L);
        plan = new AllocationEngine().allocate(problem);
    }

    @Test
    void hasTheShapeOfTheSeedScenario() {
        List<CentreVacancy> centres = problem.centres();
        assertThat(centres).hasSize(100);
        assertThat(centres.stream().map(CentreVacancy::pcode).distinct()).hasSize(100);
        assertThat(centres.stream().mapToLong(CentreVacancy::freePersons).sum()).isEqualTo(500_000);
        assertThat(problem.households()).hasSize(120_000);
        long persons =
                problem.households().stream().mapToLong(WaitingHousehold::size).sum();
        assertThat(persons).isBetween(530_000L, 550_000L);
        long accessible = problem.households().stream()
                .filter(WaitingHousehold::accessibleNeeded)
                .count();
        assertThat(accessible / 120_000.0).isBetween(0.03, 0.05);
    }

    @Test
    void neverViolatesAHardConstraintAndStatesItsTrueCost() {
        AllocationChecker.assertValid(problem, plan);
    }

    @Test
    void placesAsManyPeopleAsTheBoundsAllow() {
        long personsPlaced = AllocationChecker.personsPlaced(plan);
        long totalPersons =
                problem.households().stream().mapToLong(WaitingHousehold::size).sum();
        long obviousBound = Math.min(500_000, totalPersons);

        assertThat(plan.summary().personsUpperBound()).isLessThanOrEqualTo(obviousBound + 1e-6);
        assertThat(personsPlaced).isEqualTo(plan.summary().personsPlaced());
        // within one household (at most 12 persons) of the linear programme's bound
        assertThat((double) personsPlaced).isGreaterThanOrEqualTo(plan.summary().personsUpperBound() - 12);
    }

    @Test
    void reportsAGapToTheLowerBoundOfAtMostOnePercent() {
        assertThat(plan.lowerBound()).isLessThanOrEqualTo(plan.cost().total());
        assertThat(plan.gap()).isLessThanOrEqualTo(0.01);
        // the stricter figure, without the unavoidable waiting cost in the base (see docs/allocation.md)
        assertThat(plan.gapBeyondUnavoidableWaiting()).isLessThanOrEqualTo(0.05);
        assertThat(plan.summary().unavoidableWaitingCost())
                .isCloseTo(
                        25_000.0
                                * (plan.summary().personsPlaced()
                                        + plan.summary().personsWaiting()
                                        - 500_000),
                        within(1.0));
    }

    @Test
    void placesTheMostVulnerableBeforeTheLeast() {
        assertThat(placedShare(4)).isGreaterThan(placedShare(0));
        assertThat(placedShare(4)).isGreaterThan(0.99);
    }

    private double placedShare(int priority) {
        List<Proposal> withPriority = plan.proposals().stream()
                .filter(p -> p.household().priority() == priority)
                .toList();
        return withPriority.stream().filter(p -> p.placement().isPresent()).count() / (double) withPriority.size();
    }
}
