package org.homeward.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random tiny problems (seeded) solved exactly by trying every allocation: the engine's lower bound
 * must never exceed the optimum, its plan never be cheaper than the optimum (that would mean the
 * checker and the engine disagree on the cost), and it must place as many persons as possible.
 */
class AgainstBruteForceTest {

    private static final String[] COMMUNITIES = {"SY010000", "SY020000", "SY030000"};

    private final AllocationEngine engine = new AllocationEngine();

    @ParameterizedTest
    @ValueSource(
            longs = {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
                29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40
            })
    void boundsAndPlacesAsTheExactOptimumAllows(long seed) {
        AllocationProblem problem = randomProblem(new Random(seed));
        BruteForceAllocation.Optimum optimum = BruteForceAllocation.solve(problem);

        AllocationPlan plan = engine.allocate(problem);

        AllocationChecker.assertValid(problem, plan);
        assertThat(plan.lowerBound()).as("lower bound").isLessThanOrEqualTo(optimum.cost() + 1e-6);
        assertThat(plan.cost().total()).as("plan cost").isGreaterThanOrEqualTo(optimum.cost() - 1e-6);
        assertThat(AllocationChecker.personsPlaced(plan)).as("persons placed").isEqualTo(optimum.personsPlaced());
        assertThat(plan.summary().personsUpperBound()).isGreaterThanOrEqualTo(optimum.personsPlaced() - 1e-6);
    }

    static AllocationProblem randomProblem(Random random) {
        List<WaitingHousehold> households = new ArrayList<>();
        for (int h = 0; h < 6; h++) {
            households.add(new WaitingHousehold(
                    "H" + h,
                    1 + random.nextInt(5),
                    random.nextDouble() < 0.2,
                    COMMUNITIES[random.nextInt(COMMUNITIES.length)],
                    TinyProblem.east(random.nextInt(100)),
                    random.nextInt(4),
                    random.nextInt(400)));
        }
        List<CentreVacancy> centres = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int units = 1 + random.nextInt(3);
            centres.add(new CentreVacancy(
                    "R" + c,
                    "SY000000",
                    TinyProblem.east(random.nextInt(100)),
                    2 + random.nextInt(9),
                    units,
                    random.nextInt(2),
                    random.nextInt(4),
                    random.nextDouble() > 0.15));
        }
        return new AllocationProblem(households, centres, AllocationWeights.defaults());
    }
}
