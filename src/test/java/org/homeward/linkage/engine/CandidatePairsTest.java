package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A block too large for its rule is split by one more field instead of being lost to the rule. */
class CandidatePairsTest {

    private static final Standardiser STANDARDISER = new Standardiser();
    private static final BlockingScheme GIVEN_AND_FAMILY = new BlockingScheme(
            List.of(new BlockingRule(
                    "given+family",
                    Set.of(LinkageField.GIVEN_NAME, LinkageField.FAMILY_NAME),
                    true,
                    r -> BlockingRule.hash(
                            r.name(StandardRecord.GIVEN).skeleton(),
                            r.name(StandardRecord.FAMILY).skeleton()))),
            100);

    /** Records named Mohammad Al-Ali, as many with each father's name as given. */
    private static List<StandardRecord> mohammads(String[] fathers, int each) {
        List<StandardRecord> records = new ArrayList<>();
        for (String father : fathers) {
            for (int i = 0; i < each; i++) {
                records.add(STANDARDISER.standardise(LinkageRecord.builder(father + i)
                        .householdId("H-" + father + i)
                        .givenName("Mohammad")
                        .fatherName(father)
                        .familyName("Al-Ali")
                        .sex("M")
                        .birthDate(LinkageDate.of(1970 + i % 30, 0, 0))
                        .build()));
            }
        }
        return records;
    }

    private static long enumerated(CandidatePairs pairs) {
        AtomicLong count = new AtomicLong();
        pairs.forEach(() -> (i, j) -> count.incrementAndGet(), 1, "test", ProgressListener.NONE, 0);
        return count.get();
    }

    @Test
    void aBlockTooLargeIsSplitByTheFathersNameAndItsPairsStayCandidates() {
        List<StandardRecord> records = mohammads(new String[] {"Ahmad", "Khaled", "Omar"}, 50);
        CandidatePairs pairs = new CandidatePairs(records, GIVEN_AND_FAMILY, new int[records.size()], false);

        assertThat(pairs.oversizedBlocks(0)).isZero();
        assertThat(pairs.total()).isEqualTo(3L * 50 * 49 / 2);
        assertThat(enumerated(pairs)).isEqualTo(pairs.total());
        assertThat(pairs.isCandidate(0, 1)).as("two sons of Ahmad").isTrue();
        assertThat(pairs.isCandidate(0, 50))
                .as("a son of Ahmad and a son of Khaled")
                .isFalse();
        assertThat(pairs.rulesOf(0, 1))
                .as("agreeing on the father by construction, the pair teaches estimation nothing")
                .isZero();
    }

    @Test
    void whatIsStillTooLargeAfterTheSplitIsLeftToTheOtherRules() {
        List<StandardRecord> records = mohammads(new String[] {"Ahmad", "Khaled"}, 120);
        CandidatePairs pairs = new CandidatePairs(records, GIVEN_AND_FAMILY, new int[records.size()], false);

        assertThat(pairs.oversizedBlocks(0)).isEqualTo(2);
        assertThat(pairs.total()).isZero();
        assertThat(pairs.isCandidate(0, 1)).isFalse();
    }

    @Test
    void blocksWithinTheLimitAreNotSplit() {
        List<StandardRecord> records = mohammads(new String[] {"Ahmad", "Khaled"}, 40);
        CandidatePairs pairs = new CandidatePairs(records, GIVEN_AND_FAMILY, new int[records.size()], false);

        assertThat(pairs.total()).isEqualTo(80L * 79 / 2);
        assertThat(pairs.isCandidate(0, 40))
                .as("different fathers, one block of 80")
                .isTrue();
        assertThat(pairs.rulesOf(0, 40)).isEqualTo(1);
    }
}
