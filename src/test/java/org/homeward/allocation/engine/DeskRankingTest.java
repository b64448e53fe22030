package org.homeward.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranking the centres for one household at the registration desk. */
class DeskRankingTest {

    private final AllocationEngine engine = new AllocationEngine();
    private final AllocationWeights weights = AllocationWeights.defaults();
    // A household of 4 persons, needing an accessible unit, living at 0 km.
    private final WaitingHousehold household =
            new WaitingHousehold("H1", 4, true, "SY010000", TinyProblem.east(0), 1, 60);

    @Test
    void ranksCentresWithRoomByCostAndListsTheOthersWithWhy() {
        // NEAR (10 km) is closed, FULL (15 km) has 3 free persons, NOACC (20 km) no accessible unit,
        // NOUNIT (22 km) no family unit; MID (40 km, empty) and FAR (60 km, empty) can take it.
        // Both empty: fullness of 4 persons in 100 = 0; distance 4 x 40 = 160 against 4 x 60 = 240.
        List<CentreVacancy> centres = List.of(
                new CentreVacancy("FAR", "SY000000", TinyProblem.east(60), 100, 20, 2, true),
                new CentreVacancy("NEAR", "SY000000", TinyProblem.east(10), 100, 20, 2, false),
                new CentreVacancy("FULL", "SY000000", TinyProblem.east(15), 3, 20, 2, true),
                new CentreVacancy("NOACC", "SY000000", TinyProblem.east(20), 100, 20, 0, true),
                new CentreVacancy("NOUNIT", "SY000000", TinyProblem.east(22), 100, 0, 0, true),
                new CentreVacancy("MID", "SY000000", TinyProblem.east(40), 100, 20, 2, true));

        DeskRanking ranking = engine.rankCentres(household, centres, Map.of(), weights);

        assertThat(ranking.choices()).extracting(CentreChoice::centreId).containsExactly("MID", "FAR");
        CentreChoice best = ranking.choices().get(0);
        assertThat(best.distanceKm()).isCloseTo(40, within(0.01));
        assertThat(best.distanceRank()).isEqualTo(4);
        assertThat(best.cost().distance()).isCloseTo(160, within(0.05));
        assertThat(best.cost().fullness()).isZero();
        assertThat(best.roomLeft()).isEqualTo(new RoomLeft(96, 19, 1));
        assertThat(ranking.excluded())
                .extracting(ExcludedCentre::centreId, ExcludedCentre::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NEAR", ExcludedCentre.Reason.CLOSED),
                        org.assertj.core.groups.Tuple.tuple("FULL", ExcludedCentre.Reason.TOO_FEW_FREE_PERSONS),
                        org.assertj.core.groups.Tuple.tuple("NOACC", ExcludedCentre.Reason.NO_FREE_ACCESSIBLE_UNIT),
                        org.assertj.core.groups.Tuple.tuple("NOUNIT", ExcludedCentre.Reason.NO_FREE_FAMILY_UNIT));
        // 4 persons x (25,000 + 1 x 100 + 2 months x 20)
        assertThat(ranking.waitingCost()).isCloseTo(4 * 25_140, within(1e-9));
    }

    @Test
    void prefersALessFullCentreAndTheCentreWhereTheCommunityIs() {
        // 20 persons of the household's community stay in C. A and B are 30 km away, C 31 km.
        // A is 95 % full (95 staying, 5 free): its 4 persons pay 30 x 0.9 each; they are away from C.
        // B is empty; the 4 persons are away from C. C is half full (50 of 100), nobody away.
        // A = 4 x 30 + 4 x 27 + 4 x 15 = 288; B = 120 + 0 + 60 = 180; C = 124 + 4 x 15 + 0 = 184.
        List<CentreVacancy> centres = List.of(
                new CentreVacancy("A", "SY000000", TinyProblem.east(30), 5, 5, 1, 95, true),
                new CentreVacancy("B", "SY000000", TinyProblem.east(30), 100, 20, 2, 0, true),
                new CentreVacancy("C", "SY000000", TinyProblem.east(31), 50, 20, 2, 50, true));

        DeskRanking ranking = engine.rankCentres(household, centres, Map.of("C", 20), weights);

        assertThat(ranking.choices()).extracting(CentreChoice::centreId).containsExactly("B", "C", "A");
        assertThat(ranking.choices().get(0).cost().awayFromCommunity()).isEqualTo(60);
        assertThat(ranking.choices().get(1).cost().fullness()).isCloseTo(60, within(1e-9));
        assertThat(ranking.choices().get(1).communityMainCentre()).isTrue();
        assertThat(ranking.choices().get(1).communityPersonsThere()).isEqualTo(24);
        assertThat(ranking.choices().get(2).cost().fullness()).isCloseTo(108, within(1e-9));
        assertThat(ranking.choices().get(2).cost().total()).isCloseTo(288, within(0.1));
    }
}
