package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The on-entry index replaces an edited record instead of keeping its earlier version beside it. */
class CandidateIndexTest {

    private static final Standardiser STANDARDISER = new Standardiser();
    private static final PairScorer SCORER = new PairScorer(LinkageModel.forYoungRegistry(10));
    private static final String[][] NAMES = {
        {"Lu'ay", "Samir", "Tahhan"},
        {"Yamen", "Nizar", "Qabbani"},
        {"Ghassan", "Fawwaz", "Shahin"},
        {"Rami", "Bassam", "Kurdi"},
        {"Maher", "Hisham", "Atassi"}
    };
    private CandidateIndex index;

    @BeforeEach
    void indexGeneratedRegistrations() {
        index = new CandidateIndex(BlockingScheme.standard());
        for (LinkageRecord record : SyrianRegistryGenerator.records(SyrianRegistryGenerator.generate(300, 3))) {
            index.put(STANDARDISER.standardise(record));
        }
    }

    private static StandardRecord person(String id, String[] chain) {
        return STANDARDISER.standardise(LinkageRecord.builder(id)
                .householdId("H-" + id)
                .givenName(chain[0])
                .fatherName(chain[1])
                .familyName(chain[2])
                .sex("M")
                .birthDate(LinkageDate.of(1981, 6, 12))
                .place("SY020100")
                .build());
    }

    private List<String> matchesOf(StandardRecord probe) {
        return index.likelyMatches(probe, SCORER, LinkageSettings.DEFAULT_MATCH_WEIGHT, 10).stream()
                .map(ScoredPair::rightId)
                .toList();
    }

    @Test
    void repeatedEditsLeaveTheIndexTheSameSize() {
        index.put(person("edited", NAMES[0]));
        int size = index.size();
        long postings = index.postingCount();
        long keySlots = index.keySlots();

        for (int edit = 1; edit <= 1_000; edit++) {
            index.put(person("edited", NAMES[edit % NAMES.length]));
            assertThat(index.size()).isEqualTo(size);
            assertThat(index.postingCount()).isEqualTo(postings);
        }
        index.put(person("edited", NAMES[0]));
        assertThat(index.keySlots()).isLessThanOrEqualTo(keySlots + (long) NAMES.length * 12 * 3);
    }

    @Test
    void keysLeftBehindByEditsAreCompactedAway() {
        long keySlots = index.keySlots();
        for (int edit = 0; edit < 4_913; edit++) {
            // Every edit a name never seen before: without compaction each would leave keys behind.
            index.put(person("edited", new String[] {inventedName(edit), "Samir", inventedName(edit * 7 + 3)}));
        }
        assertThat(index.keySlots()).isLessThan(keySlots + 12 * 1_024);
    }

    /** A name of three consonants, different from the first letter on for each number below 4,913. */
    private static String inventedName(int number) {
        String consonants = "bdfgjklmnprstvwzh";
        int n = number % (17 * 17 * 17);
        return Character.toUpperCase(consonants.charAt(n % 17)) + "a" + consonants.charAt(n / 17 % 17) + "i"
                + consonants.charAt(n / 289);
    }

    @Test
    void aRenamedPersonIsFoundUnderTheNewNameAndNotTheOld() {
        index.put(person("renamed", NAMES[1]));
        assertThat(matchesOf(person("probe-old", NAMES[1]))).contains("renamed");

        index.put(person("renamed", NAMES[2]));

        assertThat(matchesOf(person("probe-new", NAMES[2]))).containsOnlyOnce("renamed");
        assertThat(matchesOf(person("probe-old", NAMES[1]))).doesNotContain("renamed");
        assertThat(index.find("renamed"))
                .get()
                .extracting(record -> record.name(StandardRecord.GIVEN).toString())
                .asString()
                .containsIgnoringCase("ghassan");
    }

    @Test
    void aRemovedRecordIsNoLongerACandidateAndItsPlaceIsReused() {
        int size = index.size();
        index.put(person("leaving", NAMES[3]));
        assertThat(matchesOf(person("probe", NAMES[3]))).contains("leaving");

        assertThat(index.remove("leaving")).isTrue();
        assertThat(index.remove("leaving")).isFalse();
        assertThat(matchesOf(person("probe", NAMES[3]))).doesNotContain("leaving");
        assertThat(index.size()).isEqualTo(size);

        index.put(person("arriving", NAMES[4]));
        assertThat(matchesOf(person("probe", NAMES[4]))).contains("arriving");
        assertThat(index.size()).isEqualTo(size + 1);
    }
}
