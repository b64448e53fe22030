package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Family structure in the score: siblings, twins and cousins are never automatic links. */
class KinshipTest {

    private static final Standardiser STANDARDISER = new Standardiser();
    private static final PairScorer SCORER = new PairScorer(LinkageModel.forYoungRegistry(500));

    private static LinkageRecord.Builder person(
            String id, String given, String father, String grandfather, String family, String date) {
        return LinkageRecord.builder(id)
                .givenName(given)
                .fatherName(father)
                .grandfatherName(grandfather)
                .familyName(family)
                .sex("M")
                .birthDate(LinkageDate.parse(date, "iso"))
                .place("SY010101")
                .phone("0944123456");
    }

    private static StandardRecord standard(LinkageRecord.Builder builder) {
        return STANDARDISER.standardise(builder.build());
    }

    @Test
    void brothersNamedFromOneRootScoreBelowTheMatchWeightAndCarryTheReason() {
        StandardRecord mohammad = standard(person("a", "محمد", "أحمد", "خالد", "الحموي", "1990-05-05"));
        StandardRecord mahmoud = standard(person("b", "Mahmoud", "Ahmad", "Khaled", "Al-Hamwi", "1992-07-01"));
        ScoredPair pair = SCORER.score(mohammad, mahmoud);
        assertThat(pair.kinship()).isEqualTo(Kinship.POSSIBLE_SIBLINGS);
        assertThat(pair.contribution(LinkageField.GIVEN_NAME).weight()).isEqualTo(Kinship.RELATIVE_NAME_WEIGHT);
        assertThat(pair.totalWeight()).isLessThan(LinkageSettings.DEFAULT_MATCH_WEIGHT);
        assertThat(SCORER.weight(mohammad, mahmoud)).isLessThan(LinkageSettings.DEFAULT_MATCH_WEIGHT);
        assertThat(pair.explain()).contains("POSSIBLE_SIBLINGS");
    }

    @Test
    void twinsSharingPhoneAndBirthDateStayBelowTheMatchWeight() {
        StandardRecord hasan = standard(person("a", "Hasan", "Omar", "Ali", "Al-Khatib", "2001-03-09"));
        StandardRecord husayn = standard(person("b", "Hussein", "Omar", "Ali", "Al-Khatib", "2001-03-09"));
        ScoredPair pair = SCORER.score(hasan, husayn);
        assertThat(pair.kinship()).isEqualTo(Kinship.POSSIBLE_TWINS);
        assertThat(pair.totalWeight()).isLessThan(LinkageSettings.DEFAULT_MATCH_WEIGHT);
    }

    @Test
    void cousinsNamedAfterTheirGrandfatherStayBelowTheMatchWeight() {
        StandardRecord first = standard(person("a", "Khaled", "Ahmad", "Khaled", "Darwish", "1985"));
        StandardRecord second = standard(person("b", "Khalid", "Hamid", "Khaled", "Darwish", "1985"));
        ScoredPair pair = SCORER.score(first, second);
        assertThat(pair.kinship()).isEqualTo(Kinship.POSSIBLE_COUSINS);
        assertThat(pair.contribution(LinkageField.FATHER_NAME).weight()).isEqualTo(Kinship.RELATIVE_NAME_WEIGHT);
        assertThat(pair.totalWeight()).isLessThan(LinkageSettings.DEFAULT_MATCH_WEIGHT);
    }

    @Test
    void oneManInTwoScriptsIsNoKinshipAndMatches() {
        StandardRecord latin = standard(person("a", "Mouhamad", "Ahmed", "Khaled", "Hamwi", "1990-05-05"));
        StandardRecord arabic = standard(person("b", "محمد", "أحمد", "خالد", "الحموي", "1990-05-05"));
        ScoredPair pair = SCORER.score(latin, arabic);
        assertThat(pair.kinship()).isEqualTo(Kinship.NONE);
        assertThat(pair.totalWeight()).isGreaterThan(LinkageSettings.DEFAULT_MATCH_WEIGHT + 10);
    }

    @Test
    void aThirdRecordDoesNotChainTwoBrothersIntoOnePerson() {
        // The third registration lacks the given name: it matches each brother well on its own.
        List<LinkageRecord> records = List.of(
                person("omar", "Omar", "Ahmad", "Khaled", "Al-Hamwi", "1990-05-05")
                        .document("01123456789")
                        .build(),
                person("ammar", "Ammar", "Ahmad", "Khaled", "Al-Hamwi", "1990-05-05")
                        .build(),
                person("unnamed", "", "Ahmad", "Khaled", "Al-Hamwi", "1990-05-05")
                        .document("01123456789")
                        .build());
        LinkageResult result = new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE).run(records);
        assertThat(new PairScorer(result.model()).weight(result.record(1), result.record(2)))
                .isGreaterThan(LinkageSettings.DEFAULT_MATCH_WEIGHT);
        assertThat(result.clusterOf(0)).isEqualTo(result.clusterOf(2));
        assertThat(result.clusterOf(1)).isNotEqualTo(result.clusterOf(0));
        for (int k = 0; k < result.pairs().size(); k++) {
            boolean brothers = result.pairs().left(k) + result.pairs().right(k) == 1;
            if (brothers) {
                assertThat(result.decision(k)).isEqualTo(LinkageResult.Decision.REVIEW);
                assertThat(result.explain(k).kinship()).isEqualTo(Kinship.POSSIBLE_TWINS);
            }
        }
    }
}
