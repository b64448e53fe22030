package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which parts of a chain asked anywhere go to the index of name keys, and which are checked on the rows. */
class NameKeySharesTest {

    private static final NameKeyShares.Known TEN_MILLION = new NameKeyShares.Known(
            Map.of(
                    "gv:ahmad", 0.03,
                    "fv:ahmad", 0.035,
                    "rv:ahmad", 0.03,
                    "gv:احمد", 0.03,
                    "fs:^HMD", 0.045,
                    "lv:farhan", 0.0037,
                    "rv:abdrazak", 0.0033),
            0.0003,
            10_000_000,
            0);

    /** Shares 0.0012, 0.0953, 0.0042 and 0.0046: Nimah, Ahmad, Abdulrazzaq and Al-Farhan anywhere. */
    private static final List<Set<String>> NIMAH_AHMAD_ABDULRAZZAQ_FARHAN = List.of(
            Set.of("gv:nima", "fv:nima", "rv:nima", "lv:nima"),
            Set.of("gv:ahmad", "fv:ahmad", "rv:ahmad", "lv:ahmad"),
            Set.of("gv:abdrazak", "fv:abdrazak", "rv:abdrazak", "lv:abdrazak"),
            Set.of("gv:farhan", "fv:farhan", "rv:farhan", "lv:farhan"));

    private static final List<Boolean> NONE_REPEATED = List.of(false, false, false, false);

    @Test
    void aKeyNotListedCountsForLessThanTheLeastListedAndEachKindOfKeyIsSummedApart() {
        assertThat(TEN_MILLION.share(Set.of("gv:nima"))).isEqualTo(0.0003);
        assertThat(TEN_MILLION.share(Set.of("gv:ahmad", "fv:ahmad"))).isEqualTo(0.065, within(1e-9));
        assertThat(TEN_MILLION.share(Set.of("gv:ahmad", "gv:احمد")))
                .as("the same people bear both scripts' spellings: not counted twice")
                .isEqualTo(0.03, within(1e-9));
        assertThat(TEN_MILLION.share(Set.of("gv:ahmad", "gv:احمد", "fs:^HMD")))
                .as("the skeleton in the father's place, the largest of the three kinds")
                .isEqualTo(0.045, within(1e-9));
        NameKeyShares.Known everywhere = new NameKeyShares.Known(Map.of("a", 0.7, "b", 0.6), 0.01, 100, 0);
        assertThat(everywhere.share(Set.of("a", "b"))).isEqualTo(1.0);
    }

    @Test
    void aCommonPartIsCheckedOnTheRowsTheRarePartsLeave() {
        List<Integer> asked =
                NameKeyShares.askedOfIndex(NIMAH_AHMAD_ABDULRAZZAQ_FARHAN, NONE_REPEATED, TEN_MILLION, 20_000);

        assertThat(asked)
                .as("rarest first; Ahmad, whose lists cost more than checking the 0.2 rows the others leave, is not")
                .containsExactly(0, 2, 3);
    }

    @Test
    void aPartIsAskedOfTheIndexWhenItsListsCostLessThanCheckingTheRowsLeft() {
        assertThat(NameKeyShares.askedOfIndex(NIMAH_AHMAD_ABDULRAZZAQ_FARHAN, NONE_REPEATED, TEN_MILLION, 10))
                .as("dear entries: once Nimah and Abdulrazzaq leave about 50 rows, Al-Farhan's 4,600 entries cost more")
                .containsExactly(0, 2);
        assertThat(NameKeyShares.askedOfIndex(NIMAH_AHMAD_ABDULRAZZAQ_FARHAN, NONE_REPEATED, TEN_MILLION, 1e8))
                .as("cheap entries: every part goes to the index, the common one last")
                .containsExactly(0, 2, 3, 1);
    }

    @Test
    void aNameTheQueryRepeatsIsLeftToTheRows() {
        List<Set<String>> radwanUbadaRadwanAsad = List.of(
                Set.of("gv:radwan", "fv:radwan", "rv:radwan", "gv:radwanubada"),
                Set.of("gv:ubada", "fv:ubada", "rv:ubada", "gv:radwanubada", "gv:ubadaradwan"),
                Set.of("gv:radwan", "fv:radwan", "rv:radwan", "gv:ubadaradwan", "gv:radwanasad"),
                Set.of("lv:asad", "gv:asad", "gv:radwanasad"));

        List<Integer> asked = NameKeyShares.askedOfIndex(
                radwanUbadaRadwanAsad, List.of(false, false, true, false), TEN_MILLION, 20_000);

        assertThat(asked)
                .as("the first Radwan, Ubada and As'ad, though each shares a name of two words with its neighbour")
                .containsExactlyInAnyOrder(0, 1, 3);
    }

    @Test
    void withoutStatisticsOrWithTwoPartsEveryPartIsAskedOfTheIndex() {
        assertThat(NameKeyShares.askedOfIndex(
                        NIMAH_AHMAD_ABDULRAZZAQ_FARHAN, NONE_REPEATED, NameKeyShares.Known.NOTHING, 20_000))
                .containsExactly(0, 1, 2, 3);
        assertThat(NameKeyShares.askedOfIndex(
                        NIMAH_AHMAD_ABDULRAZZAQ_FARHAN.subList(0, 2), NONE_REPEATED.subList(0, 2), TEN_MILLION, 10))
                .containsExactly(0, 1);
    }
}
