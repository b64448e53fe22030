package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which parts of a chain asked anywhere go to the index of name keys, and which are checked on the rows. */
class NameKeySharesTest {

    private static final NameKeyShares.Known TEN_MILLION = new NameKeyShares.Known(
            Map.of("gv:ahmad", 0.03, "fv:ahmad", 0.035, "rv:ahmad", 0.03, "lv:farhan", 0.0037, "rv:abdrazak", 0.0033),
            0.0003,
            10_000_000,
            0);

    private static final List<Set<String>> NIMAH_AHMAD_ABDULRAZZAQ_FARHAN = List.of(
            Set.of("gv:nima", "fv:nima", "rv:nima", "lv:nima"),
            Set.of("gv:ahmad", "fv:ahmad", "rv:ahmad", "lv:ahmad"),
            Set.of("gv:abdrazak", "fv:abdrazak", "rv:abdrazak", "lv:abdrazak"),
            Set.of("gv:farhan", "fv:farhan", "rv:farhan", "lv:farhan"));

    @Test
    void aKeyNotListedCountsForLessThanTheLeastListedAndTheSharesOfAPartAddUpToOneAtMost() {
        assertThat(TEN_MILLION.share(Set.of("gv:nima"))).isEqualTo(0.0003);
        assertThat(TEN_MILLION.share(Set.of("gv:ahmad", "fv:ahmad")))
                .isEqualTo(0.065, org.assertj.core.api.Assertions.within(1e-9));
        NameKeyShares.Known everywhere = new NameKeyShares.Known(Map.of("a", 0.7, "b", 0.6), 0.01, 100, 0);
        assertThat(everywhere.share(Set.of("a", "b"))).isEqualTo(1.0);
    }

    @Test
    void aCommonPartIsCheckedOnTheRowsTheRarePartsLeave() {
        List<Integer> asked = NameKeyShares.askedOfIndex(NIMAH_AHMAD_ABDULRAZZAQ_FARHAN, TEN_MILLION, 300);

        assertThat(asked)
                .as("the two rarest leave about 50 rows: Farhan and Ahmad (one in ten anywhere) are checked on them")
                .containsExactly(0, 2);
    }

    @Test
    void partsAreAskedOfTheIndexWhileThoseAskedStillLeaveMany() {
        assertThat(NameKeyShares.askedOfIndex(NIMAH_AHMAD_ABDULRAZZAQ_FARHAN, TEN_MILLION, 30))
                .as("thirty rows at most: the third rarest too")
                .containsExactly(0, 2, 3);
        assertThat(NameKeyShares.askedOfIndex(NIMAH_AHMAD_ABDULRAZZAQ_FARHAN, TEN_MILLION, 0.01))
                .as("next to none: every part goes to the index, the common one last")
                .containsExactly(0, 2, 3, 1);
        assertThat(NameKeyShares.askedOfIndex(NIMAH_AHMAD_ABDULRAZZAQ_FARHAN, TEN_MILLION, 1e9))
                .as("however few the rare parts leave, two are always asked of the index")
                .containsExactly(0, 2);
    }

    @Test
    void withoutStatisticsOrWithTwoPartsEveryPartIsAskedOfTheIndex() {
        assertThat(NameKeyShares.askedOfIndex(NIMAH_AHMAD_ABDULRAZZAQ_FARHAN, NameKeyShares.Known.NOTHING, 300))
                .containsExactly(0, 1, 2, 3);
        assertThat(NameKeyShares.askedOfIndex(NIMAH_AHMAD_ABDULRAZZAQ_FARHAN.subList(0, 2), TEN_MILLION, 1e9))
                .containsExactly(0, 1);
    }
}
