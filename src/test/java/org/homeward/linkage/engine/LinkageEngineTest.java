package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The score stage, the model's text form, household evidence and the on-entry index, on generated data. */
class LinkageEngineTest {

    private static LinkageResult result;
    private static PairScorer scorer;
    private static final Standardiser STANDARDISER = new Standardiser();

    @BeforeAll
    static void estimateOnGeneratedRegistrations() {
        result = new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE)
                .run(SyrianRegistryGenerator.records(SyrianRegistryGenerator.generate(20_000, 7)));
        scorer = new PairScorer(result.model());
    }

    private static StandardRecord record(String id, String given, String father, String family, String date) {
        return STANDARDISER.standardise(LinkageRecord.builder(id)
                .givenName(given)
                .fatherName(father)
                .familyName(family)
                .sex("M")
                .birthDate(LinkageDate.parse(date, "iso"))
                .build());
    }

    @Test
    void agreeingOnACommonNameWeighsLessThanOnARareOne() {
        double common = scorer.score(record("a", "Mohammad", "", "Hamwi", ""), record("b", "محمد", "", "Hamwi", ""))
                .contribution(LinkageField.GIVEN_NAME)
                .weight();
        double rare = scorer.score(record("a", "Lu'ay", "", "Hamwi", ""), record("b", "لؤي", "", "Hamwi", ""))
                .contribution(LinkageField.GIVEN_NAME)
                .weight();
        assertThat(rare).isGreaterThan(common + 1);
    }

    @Test
    void missingValuesNeitherRewardNorPunish() {
        ScoredPair pair =
                scorer.score(record("a", "Omar", "", "Hamwi", "1980"), record("b", "Omar", "Ali", "Hamwi", ""));
        assertThat(pair.contribution(LinkageField.FATHER_NAME).weight()).isZero();
        assertThat(pair.contribution(LinkageField.BIRTH_DATE).weight()).isZero();
        assertThat(pair.contribution(LinkageField.PHONE).weight()).isZero();
    }

    @Test
    void explanationAddsUpToTheWeight() {
        StandardRecord a = record("a", "Omar", "Ahmad", "Al-Hamwi", "1980-03-04");
        StandardRecord b = record("b", "عمر", "أحمد", "الحموي", "1980-04-03");
        ScoredPair pair = scorer.score(a, b);
        assertThat(pair.totalWeight()).isCloseTo(scorer.weight(a, b), within(1e-9));
        assertThat(pair.contribution(LinkageField.BIRTH_DATE).levelName()).isEqualTo("slip");
        assertThat(pair.explain()).contains("given_name variant", "date_of_birth slip");
        assertThat(pair.probability()).isGreaterThan(0.5);
    }

    @Test
    void modelSurvivesItsTextForm() {
        LinkageModel model = result.model();
        LinkageModel read = LinkageModel.parse(model.toText());
        assertThat(read.toText()).isEqualTo(model.toText());
        StandardRecord a = record("a", "Omar", "Ahmad", "Al-Hamwi", "1980-03-04");
        StandardRecord b = record("b", "Omar", "Ahmed", "Hamwi", "1980");
        assertThat(new PairScorer(read).weight(a, b)).isCloseTo(scorer.weight(a, b), within(1e-9));
    }

    @Test
    void malformedModelTextIsRefusedWithItsLine() {
        assertThatThrownBy(() -> LinkageModel.parse("something else")).hasMessageContaining("homeward-linkage-model");
        assertThatThrownBy(() -> LinkageModel.parse("homeward-linkage-model 1\nlambda 0.1\nm given_name x"))
                .hasMessageContaining("Line 3");
    }

    @Test
    void householdEvidenceJoinsFamiliesRegisteredTwiceButNotBrothers() {
        List<LinkageRecord> records =
                new ArrayList<>(SyrianRegistryGenerator.records(SyrianRegistryGenerator.generate(3_000, 11)));
        // One family registered twice; the second time the father's name of the children is missing.
        records.add(member("h1-father", "H-1", "Lu'ay", "Samir", "Tahhan", "1970-05-05", "M"));
        records.add(member("h1-son", "H-1", "Yaser", "Louay", "Tahhan", "1995", "M"));
        records.add(member("h1-brother", "H-1", "Yamen", "Louay", "Tahhan", "1997", "M"));
        records.add(member("h2-father", "H-2", "لؤي", "سمير", "الطحان", "1970-05-05", "M"));
        records.add(member("h2-son", "H-2", "ياسر", "", "الطحان", "1995", "M"));
        LinkageResult run = new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE).run(records);
        int father = indexOf(run, "h1-father");
        int son = indexOf(run, "h1-son");
        assertThat(run.clusterOf(father)).isEqualTo(run.clusterOf(indexOf(run, "h2-father")));
        assertThat(run.clusterOf(son)).isEqualTo(run.clusterOf(indexOf(run, "h2-son")));
        assertThat(run.clusterOf(son)).isNotEqualTo(run.clusterOf(indexOf(run, "h1-brother")));
        int pair = -1;
        for (int k = 0; k < run.pairs().size(); k++) {
            if (run.pairs().left(k) == Math.min(son, indexOf(run, "h2-son"))
                    && run.pairs().right(k) == Math.max(son, indexOf(run, "h2-son"))) {
                pair = k;
            }
        }
        assertThat(pair)
                .as(new PairScorer(run.model())
                        .score(run.record(son), run.record(indexOf(run, "h2-son")))
                        .explain())
                .isNotNegative();
        assertThat(run.explain(pair).householdWeight()).isPositive();
    }

    private static LinkageRecord member(
            String id, String household, String given, String father, String family, String date, String sex) {
        return LinkageRecord.builder(id)
                .householdId(household)
                .givenName(given)
                .fatherName(father)
                .familyName(family)
                .birthDate(LinkageDate.parse(date, "iso"))
                .sex(sex)
                .place("SY070400")
                .build();
    }

    private static int indexOf(LinkageResult run, String id) {
        for (int i = 0; i < run.recordCount(); i++) {
            if (run.record(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void recordsHandedOverOneAtATimeGiveTheSameRunAsAList() {
        List<LinkageRecord> records = SyrianRegistryGenerator.records(SyrianRegistryGenerator.generate(45_000, 13));
        LinkageResult fromList = new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE).run(records);
        List<String> stages = new ArrayList<>();
        LinkageResult streamed = new LinkageRun(LinkageSettings.defaults(), (stage, done, total) -> stages.add(stage))
                .run(sink -> records.forEach(sink));

        assertThat(streamed.model().toText()).isEqualTo(fromList.model().toText());
        assertThat(streamed.pairs().size()).isEqualTo(fromList.pairs().size()).isPositive();
        for (int i = 0; i < records.size(); i++) {
            assertThat(streamed.record(i).id()).isEqualTo(records.get(i).id());
            assertThat(streamed.clusterOf(i)).isEqualTo(fromList.clusterOf(i));
        }
        assertThat(stages).containsSubsequence("standardise", "block", "score", "cluster");
    }

    @Test
    void candidateIndexFindsARegisteredPersonOnEntry() {
        CandidateIndex index = new CandidateIndex(BlockingScheme.standard());
        for (int i = 0; i < result.recordCount(); i++) {
            index.put(result.record(i));
        }
        StandardRecord known = result.record(42);
        StandardRecord entry = STANDARDISER.standardise(LinkageRecord.builder("new")
                .givenName(known.name(StandardRecord.GIVEN).toString())
                .fatherName(known.name(StandardRecord.FATHER).toString())
                .familyName(known.name(StandardRecord.FAMILY).toString())
                .birthDate(known.birthDate())
                .sex(String.valueOf(known.sex()))
                .place(known.place())
                .build());
        assertThat(index.candidatesFor(entry)).contains(42);
        List<ScoredPair> matches = index.likelyMatches(entry, scorer, 0, 5);
        assertThat(matches).extracting(ScoredPair::rightId).contains(known.id());
    }
}
