package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;

/** Deciding pairs of the review queue: merge, unmerge, different people, and the reviewer's scope. */
@HomewardTest
class DuplicateReviewIT {

    @Autowired
    DuplicateReviewService review;

    @Autowired
    DuplicateRunService runs;

    @Autowired
    HouseholdCommands households;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "review.admin", roles = "ADMIN")
    void mergeThenUnmergeLeavesLinksAndCandidatesExactlyAsBefore() {
        long pair = pairOfPrincipals("Al-Zaatari", "الزعتري");
        UUID first = jdbc.sql("SELECT first_id FROM duplicate_candidate WHERE id = :id")
                .param("id", pair)
                .query(UUID.class)
                .single();
        UUID second = jdbc.sql("SELECT second_id FROM duplicate_candidate WHERE id = :id")
                .param("id", pair)
                .query(UUID.class)
                .single();
        UUID firstPerson = UUID.randomUUID();
        UUID secondPerson = UUID.randomUUID();
        UUID linkedWithSecond = spouseOf(second);
        link(first, firstPerson);
        link(second, secondPerson);
        link(linkedWithSecond, secondPerson);
        List<String> linksBefore = links();
        List<String> candidatesBefore = candidates();

        review.judgeSame(pair, "same father, same birth date");

        assertThat(person(first)).isEqualTo(firstPerson);
        assertThat(person(second))
                .as("the second record joins the first one's person")
                .isEqualTo(firstPerson);
        assertThat(person(linkedWithSecond))
                .as("and brings the records already linked to it")
                .isEqualTo(firstPerson);
        assertThat(status(pair)).isEqualTo("SAME");
        assertThat(jdbc.sql("SELECT count(*) FROM individual WHERE id IN (:a, :b)")
                        .param("a", first)
                        .param("b", second)
                        .query(Long.class)
                        .single())
                .as("no record is deleted")
                .isEqualTo(2);

        review.unmerge(pair, true, null);

        assertThat(links()).isEqualTo(linksBefore);
        assertThat(candidates()).isEqualTo(candidatesBefore);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target_id = :id ORDER BY id")
                        .param("id", String.valueOf(pair))
                        .query(String.class)
                        .list())
                .containsSubsequence("DUPLICATE_SAME", "DUPLICATE_UNMERGE");
    }

    @Test
    @WithMockUser(username = "review.admin", roles = "ADMIN")
    void mergeOfUnlinkedRecordsCreatesOnePersonAndUnmergeRemovesIt() {
        long pair = pairOfPrincipals("Al-Qassab", "القصاب");
        List<String> linksBefore = links();

        review.judgeSame(pair, null);
        UUID first = jdbc.sql("SELECT first_id FROM duplicate_candidate WHERE id = :id")
                .param("id", pair)
                .query(UUID.class)
                .single();
        UUID second = jdbc.sql("SELECT second_id FROM duplicate_candidate WHERE id = :id")
                .param("id", pair)
                .query(UUID.class)
                .single();
        assertThat(person(first)).isNotNull().isEqualTo(person(second));
        assertThatThrownBy(() -> review.judgeDifferent(pair, null)).isInstanceOf(DuplicatePairStateException.class);

        review.unmerge(pair, false, "different mothers");

        assertThat(links()).isEqualTo(linksBefore);
        assertThat(status(pair)).isEqualTo("DIFFERENT");
        assertThatThrownBy(() -> review.unmerge(pair, true, null)).isInstanceOf(DuplicatePairStateException.class);
    }

    @Test
    @WithMockUser(username = "review.admin", roles = "ADMIN")
    void aPairOfPossibleSiblingsShowsItsStoredReasonAndOnlyKnownReasonsAreStored() {
        long pair = pairOfPrincipals("Al-Sabbagh", "الصباغ");
        assertThat(review.pair(pair).reason())
                .as("a registration entered twice is no kinship")
                .isNull();

        jdbc.sql("UPDATE duplicate_candidate SET reason = 'POSSIBLE_SIBLINGS' WHERE id = :id")
                .param("id", pair)
                .update();

        assertThat(review.pair(pair).reason()).isEqualTo("POSSIBLE_SIBLINGS");
        assertThatThrownBy(() -> jdbc.sql("UPDATE duplicate_candidate SET reason = 'SIBLINGS?' WHERE id = :id")
                        .param("id", pair)
                        .update())
                .hasMessageContaining("reason");
    }

    @Test
    @WithMockUser(username = "review.admin", roles = "ADMIN")
    void aPairJudgedDifferentLeavesTheQueueAndIsNotProposedAgain() {
        long pair = pairOfPrincipals("Al-Bitar", "البيطار");
        assertThat(openIds()).contains(pair);

        review.judgeDifferent(pair, "brothers");
        runs.run("review.admin");

        assertThat(status(pair)).isEqualTo("DIFFERENT");
        assertThat(openIds()).doesNotContain(pair);
        assertThat(review.pair(pair).fields())
                .extracting(DuplicatePair.FieldComparison::field)
                .contains("GIVEN_NAME");
    }

    @Test
    @WithMockUser(username = "officer.without.scope", roles = "REGISTRATION_OFFICER")
    void aReviewerSeesNoPairOutsideTheirScope() {
        long pair = jdbc.sql("SELECT coalesce(max(id), 0) FROM duplicate_candidate")
                .query(Long.class)
                .single();

        assertThat(review.queue(QueueFilter.ALL, null, 50).total()).isZero();
        if (pair > 0) {
            assertThatThrownBy(() -> review.pair(pair)).isInstanceOf(DuplicatePairNotFoundException.class);
            assertThatThrownBy(() -> review.judgeSame(pair, null)).isInstanceOf(DuplicatePairNotFoundException.class);
        }
    }

    @Test
    @WithMockUser(username = "review.admin", roles = "ADMIN")
    void theQueueFiltersByReasonAndBandPagesByKeysetAndFindsTheNextPairOfTheFilter() {
        List<Long> twins = List.of(
                pairOfPrincipals("Al-Qudsi", "القدسي"),
                pairOfPrincipals("Al-Kharrat", "الخراط"),
                pairOfPrincipals("Al-Dimashqi", "الدمشقي"));
        jdbc.sql("UPDATE duplicate_candidate SET reason = 'POSSIBLE_TWINS' WHERE id IN (:ids)")
                .param("ids", twins)
                .update();
        QueueFilter twinsFilter = QueueFilter.of("", "possible_twins", null);
        List<Long> expected = jdbc.sql("""
                        SELECT id FROM duplicate_candidate WHERE status = 'OPEN' AND reason = 'POSSIBLE_TWINS'
                        ORDER BY weight DESC, id""").query(Long.class).list();

        List<Long> shown = review.queue(twinsFilter, null, 100).entries().stream()
                .map(DuplicateQueue.Entry::id)
                .toList();
        assertThat(shown).containsAll(twins).isEqualTo(expected);
        assertThat(review.queue(twinsFilter, null, 100).total()).isEqualTo(expected.size());

        List<Long> walked = new java.util.ArrayList<>();
        for (Long after = null; walked.size() <= expected.size(); ) {
            DuplicateQueue page = review.queue(twinsFilter, after, 1);
            if (page.entries().isEmpty()) {
                break;
            }
            walked.add(page.last());
            after = page.last();
        }
        assertThat(walked).as("one pair a page, each page after the last").isEqualTo(expected);
        assertThat(review.nextPair(twinsFilter, expected.get(0))).contains(expected.get(1));
        assertThat(review.nextPair(twinsFilter, expected.get(expected.size() - 1)))
                .isEmpty();

        QueueFilter oldest = QueueFilter.of(null, "POSSIBLE_TWINS", "oldest");
        assertThat(review.queue(oldest, null, 100).entries())
                .extracting(DuplicateQueue.Entry::id)
                .isEqualTo(expected.stream().sorted().toList());

        review.judgeDifferent(expected.get(0), null);
        assertThat(review.nextPair(twinsFilter, expected.get(0)))
                .as("the decided pair still marks the place")
                .contains(expected.get(1));

        // A pair still open: the one judged just above is decided, whichever of the three it was.
        long stillOpen = twins.stream()
                .filter(id -> !id.equals(expected.get(0)))
                .findFirst()
                .orElseThrow();
        UUID household = jdbc.sql(
                        "SELECT i.household_id FROM duplicate_candidate c JOIN individual i ON i.id = c.first_id"
                                + " WHERE c.id = :id")
                .param("id", stillOpen)
                .query(UUID.class)
                .single();
        List<Long> ofHousehold =
                jdbc.sql("""
                        SELECT c.id FROM duplicate_candidate c JOIN individual a ON a.id = c.first_id
                        JOIN individual b ON b.id = c.second_id WHERE c.status = 'OPEN'
                        AND (a.household_id = :h OR b.household_id = :h) ORDER BY c.weight DESC, c.id""").param("h", household).query(Long.class).list();
        assertThat(ofHousehold).contains(stillOpen);
        assertThat(review.queue(QueueFilter.of(null, null, null, household), null, 100)
                        .entries())
                .extracting(DuplicateQueue.Entry::id)
                .as("the household's pairs, a page of at most 100 (other tests may pair it with theirs)")
                .isEqualTo(ofHousehold.subList(0, Math.min(100, ofHousehold.size())));

        QueueFilter veryLikely = QueueFilter.of("VERY_LIKELY", null, null);
        long veryLikelyCount = jdbc.sql(
                        "SELECT count(*) FROM duplicate_candidate WHERE status = 'OPEN' AND weight >= :w")
                .param("w", Math.log(24) / Math.log(2))
                .query(Long.class)
                .single();
        DuplicateQueue band = review.queue(veryLikely, null, 1000);
        assertThat(band.total()).isEqualTo(veryLikelyCount);
        assertThat(band.entries())
                .allSatisfy(entry -> assertThat(entry.probability()).isGreaterThanOrEqualTo(0.96));
        assertThat(review.queue(QueueFilter.of("POSSIBLE", null, null), null, 1000)
                        .entries())
                .allSatisfy(entry -> assertThat(entry.probability()).isLessThan(0.5));
    }

    private List<Long> openIds() {
        return review.queue(QueueFilter.ALL, null, 1000).entries().stream()
                .map(DuplicateQueue.Entry::id)
                .toList();
    }

    /** Registers a family twice and answers the pair of the two principals the batch run proposes. */
    private long pairOfPrincipals(String familyLatin, String familyAr) {
        UUID one = principal(register(familyLatin, familyAr));
        UUID two = principal(register(familyLatin.replace("Al-", "El "), familyAr));
        runs.run("review.admin");
        return jdbc.sql("""
                        SELECT id FROM duplicate_candidate WHERE first_id = least(CAST(:a AS uuid), CAST(:b AS uuid))
                        AND second_id = greatest(CAST(:a AS uuid), CAST(:b AS uuid))""")
                .param("a", one.toString())
                .param("b", two.toString())
                .query(Long.class)
                .single();
    }

    private UUID register(String familyLatin, String familyAr) {
        RegisterHouseholdRequest request = JsonMapper.builder()
                .build()
                .convertValue(HouseholdFixtures.familyOfFive(familyLatin, familyAr), RegisterHouseholdRequest.class);
        return households.register(request, "review.admin").id();
    }

    private UUID principal(UUID household) {
        return jdbc.sql("SELECT id FROM individual WHERE household_id = :h AND principal")
                .param("h", household)
                .query(UUID.class)
                .single();
    }

    private UUID spouseOf(UUID individual) {
        return jdbc.sql("""
                        SELECT s.id FROM individual s JOIN individual p ON p.household_id = s.household_id
                        WHERE p.id = :id AND s.relationship = 'SPOUSE'""").param("id", individual).query(UUID.class).single();
    }

    private void link(UUID individual, UUID person) {
        jdbc.sql("INSERT INTO person_link (individual_id, person_id) VALUES (:i, :p)")
                .param("i", individual)
                .param("p", person)
                .update();
    }

    private UUID person(UUID individual) {
        return jdbc.sql("SELECT person_id FROM person_link WHERE individual_id = :i")
                .param("i", individual)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private String status(long pair) {
        return jdbc.sql("SELECT status FROM duplicate_candidate WHERE id = :id")
                .param("id", pair)
                .query(String.class)
                .single();
    }

    private List<String> links() {
        return jdbc.sql("SELECT individual_id || ' ' || person_id FROM person_link ORDER BY individual_id")
                .query(String.class)
                .list();
    }

    private List<String> candidates() {
        return jdbc.sql("SELECT to_jsonb(c)::text FROM duplicate_candidate c ORDER BY id")
                .query(String.class)
                .list();
    }
}
