package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bound on the people a name query ranks: when more bear the name than the bound, the ones kept are
 * the latest registered, the same at every search, not whichever rows a table scan met first.
 */
@HomewardTest
class NameCandidatesIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    NameCandidates candidates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NameChainKeys chainKeys;

    @Autowired
    org.homeward.database.MaintenanceDatabase maintenance;

    @Test
    void moreNamesakesThanTheBoundKeepTheLatestRegisteredEveryTime() throws InterruptedException {
        String family = unique("Zarzour", 'q');
        List<UUID> registered = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            registered.add(households
                    .register(request(family, 1960 + 5 * n), "bound.test")
                    .id());
            Thread.sleep(5);
        }
        NameQuery query = NameQuery.parse("Qutaiba " + family);

        NameCandidates.Found first = candidates.find(query, List.of(), Map.of(), 3);
        NameCandidates.Found again = candidates.find(query, List.of(), Map.of(), 3);

        assertThat(first.complete()).as("six bear the name, three are kept").isFalse();
        assertThat(households(first))
                .as("the three registered last")
                .containsExactlyInAnyOrderElementsOf(registered.subList(3, 6));
        assertThat(households(again)).isEqualTo(households(first));
        assertThat(households(candidates.find(query, List.of(), Map.of(), 10)))
                .as("within the bound everyone is found")
                .containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void aTierLargerThanTheBoundKeepsTheSameLatestPeopleWhicheverWayItIsRead() throws Exception {
        String family = unique("Zanbaq", 'w');
        // Older households, so that sorting everyone found is dearer than walking a few of the latest.
        for (int n = 0; n < 70; n++) {
            households.register(request("Older" + family, 1950 + n % 40), "bound.test");
        }
        List<UUID> registered = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            registered.add(households
                    .register(request(family, 1961 + 3 * n), "bound.test")
                    .id());
            Thread.sleep(5);
        }
        Thread.sleep(5);
        households.register(request("Someone", "Else" + family, 1990), "bound.test");
        // What the statistics say of the table's size is what the search weighs the two ways by.
        org.homeward.database.PostgresClient.superuser(java.nio.file.Path.of(HomewardTest.DATA_DIR))
                .sql("ANALYZE household")
                .update();
        List<String> where = List.of("i.family_name_latin = :family");
        Map<String, Object> parameters = Map.of("family", family);
        List<UUID> latestThree = List.of(registered.get(5), registered.get(4), registered.get(3));

        assertThat(households(candidates.latestMatching(where, parameters, 3, 1)))
                .as("the probe's one household holds nobody: the people found are sorted")
                .containsExactlyElementsOf(latestThree);
        assertThat(households(candidates.latestMatching(where, parameters, 3, 2)))
                .as("the probe found one in two households: a walk of the latest few finds the rest")
                .containsExactlyElementsOf(latestThree);
        assertThat(households(candidates.latestMatching(where, parameters, 3, 20)))
                .as("the probe itself found enough")
                .containsExactlyElementsOf(latestThree);
        assertThat(households(candidates.latestMatching(where, parameters, 10, 2)))
                .as("fewer than the room: everyone, latest first")
                .containsExactlyElementsOf(latestFirst(registered));
    }

    @Test
    void oneCommonGivenNameKeepsItsLatestBearersAlsoWhenOtherConditionsLeaveSomeOut() throws InterruptedException {
        String given = unique("Qaswar", 'z');
        List<UUID> registered = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            registered.add(households
                    .register(request(given, "Family" + "abcdef".charAt(n), 1970 + n), "bound.test")
                    .id());
            Thread.sleep(5);
        }
        NameQuery query = NameQuery.parse(given);

        assertThat(households(candidates.find(query, List.of(), Map.of(), 3)))
                .as("the three registered last, read from the given name's bearers in order")
                .containsExactly(registered.get(5), registered.get(4), registered.get(3));
        assertThat(households(candidates.find(
                        query,
                        List.of("NOT (h.id = ANY(:left))"),
                        Map.of("left", new UUID[] {registered.get(5), registered.get(4)}),
                        3)))
                .as("the latest three of those the conditions let through")
                .containsExactly(registered.get(3), registered.get(2), registered.get(1));
        NameCandidates.Found beyondTheProbe = candidates.find(
                query,
                List.of("NOT (h.id = ANY(:left))"),
                Map.of("left", registered.subList(1, 6).toArray(UUID[]::new)),
                1);
        assertThat(households(beyondTheProbe))
                .as("the latest bearers all left out: the probe reaches further back")
                .containsExactly(registered.get(0));
        assertThat(beyondTheProbe.complete()).isTrue();
        NameCandidates.Found everyone = candidates.find(query, List.of(), Map.of(), 10);
        assertThat(everyone.complete()).as("within the bound the tier is whole").isTrue();
        assertThat(households(everyone)).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void aGivenNamesBearersFollowTheNameKeysThroughCorrectionAndRemoval() {
        String given = unique("Qaswar", 'y');
        UUID household = households
                .register(request(given, "Familyg", 1980), "bound.test")
                .id();
        UUID person = jdbc.sql("SELECT id FROM individual WHERE household_id = :h")
                .param("h", household)
                .query(UUID.class)
                .single();
        assertThat(givenKeys(person))
                .as("the given name's keys, and no other part's")
                .isNotEmpty()
                .allMatch(key -> key.startsWith("gv:") || key.startsWith("gs:"))
                .containsAll(jdbc.sql("SELECT k FROM individual, unnest(name_keys) k WHERE id = :id AND k LIKE 'g_:%'")
                        .param("id", person)
                        .query(String.class)
                        .list());

        jdbc.sql("UPDATE individual SET name_keys = ARRAY['gv:qaswarnew', 'lv:familyg'] WHERE id = :id")
                .param("id", person)
                .update();
        assertThat(givenKeys(person)).containsExactly("gv:qaswarnew");

        jdbc.sql("UPDATE individual SET name_keys = '{}' WHERE id = :id")
                .param("id", person)
                .update();
        assertThat(givenKeys(person)).as("erased: no key left").isEmpty();

        jdbc.sql("UPDATE individual SET name_keys = ARRAY['gv:qaswarback'] WHERE id = :id")
                .param("id", person)
                .update();
        jdbc.sql("DELETE FROM individual WHERE id = :id").param("id", person).update();
        assertThat(givenKeys(person)).as("removed: no key left").isEmpty();
    }

    @Test
    void thePairsOfGivenWithFamilyAndFathersNamesFollowTheNameKeysInOneScriptAtATime() {
        String family = unique("Qandil", 'x');
        UUID household = households
                .register(request("Qutaiba", family, 1981), "bound.test")
                .id();
        UUID person = jdbc.sql("SELECT id FROM individual WHERE household_id = :h")
                .param("h", household)
                .query(UUID.class)
                .single();
        List<String> keys = jdbc.sql("SELECT k FROM individual, unnest(name_keys) k WHERE id = :id")
                .param("id", person)
                .query(String.class)
                .list();
        List<String> expected = new ArrayList<>();
        for (String[] kinds : new String[][] {{"gv:", "lv:"}, {"gv:", "fv:"}, {"gs:", "ls:"}, {"gs:", "fs:"}}) {
            expected.addAll(NameChainKeys.pairs(withPrefix(keys, kinds[0]), withPrefix(keys, kinds[1])));
        }
        assertThat(expected)
                .anyMatch(pair -> pair.startsWith("gv:") && pair.contains("|fv:"))
                .anyMatch(pair -> pair.startsWith("gv:") && pair.contains("|lv:"))
                .anyMatch(pair -> pair.startsWith("gs:") && pair.contains("|ls:"))
                .noneMatch(pair -> pair.contains("rv:") || pair.contains("rs:"));
        assertThat(pairTexts(keys))
                .as("the migration's SQL function pairs the keys as the search does")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(pairs(person)).as("and the table keeps them").isEqualTo(hashes(expected));
        NameCandidates.Found chain =
                candidates.find(NameQuery.parse("Qutaiba Rami " + family), List.of(), Map.of(), 10);
        assertThat(households(chain))
                .as("given, father's and family name: the bearers of both pairs")
                .containsExactly(household);
        assertThat(households(candidates.find(NameQuery.parse("Qutaiba Ramiz " + family), List.of(), Map.of(), 10)))
                .as("another father's name: not in the pairs' tiers, and no key of Ramiz anywhere")
                .doesNotContain(household);

        String latinGiven = chainKeys.variantKeys("Qaswar", ChainPart.GIVEN).get(0);
        String arabicGiven = chainKeys.variantKeys("قسور", ChainPart.GIVEN).get(0);
        String latinFamily = chainKeys.variantKeys("Zaid", ChainPart.FAMILY).get(0);
        String arabicFamily = chainKeys.variantKeys("زيد", ChainPart.FAMILY).get(0);
        List<String> corrected = List.of(latinGiven, arabicGiven, latinFamily, arabicFamily, "rv:x");
        jdbc.sql("UPDATE individual SET name_keys = CAST(:keys AS text[]) WHERE id = :id")
                .param("keys", corrected.toArray(String[]::new))
                .param("id", person)
                .update();
        assertThat(pairTexts(corrected))
                .as("a Latin given name with a Latin family name, an Arabic one with an Arabic one")
                .containsExactlyInAnyOrder(latinGiven + "|" + latinFamily, arabicGiven + "|" + arabicFamily);
        assertThat(pairs(person))
                .isEqualTo(hashes(List.of(latinGiven + "|" + latinFamily, arabicGiven + "|" + arabicFamily)));
        assertThat(households(candidates.find(NameQuery.parse("Qaswar Zaid"), List.of(), Map.of(), 10)))
                .as("found by the pair")
                .contains(household);

        jdbc.sql("UPDATE individual SET name_keys = '{}' WHERE id = :id")
                .param("id", person)
                .update();
        assertThat(pairs(person)).as("erased: no pair left").isEmpty();

        jdbc.sql("UPDATE individual SET name_keys = ARRAY['gv:qaswar', 'fv:zaid'] WHERE id = :id")
                .param("id", person)
                .update();
        assertThat(pairs(person)).as("given with father's name").isEqualTo(hashes(List.of("gv:qaswar|fv:zaid")));
        jdbc.sql("DELETE FROM individual WHERE id = :id").param("id", person).update();
        assertThat(pairs(person)).as("removed: no pair left").isEmpty();
    }

    @Test
    void aPageFilledByTheNameInItsPlaceOnlyCountsThePeopleWhoBearItElsewhere() throws InterruptedException {
        String family = unique("Qarmout", 'v');
        List<UUID> inPlace = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            inPlace.add(households
                    .register(request("Qutaiba", family, 1970 + n), "bound.test")
                    .id());
        }
        List<UUID> sons = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            sons.add(households
                    .register(request("Salim", "Qutaiba", family, 1990 + n), "bound.test")
                    .id());
            Thread.sleep(5);
        }
        NameQuery query = NameQuery.parse("Qutaiba " + family);

        NameCandidates.Found firstPage = candidates.find(query, List.of(), Map.of(), 5, 2);
        assertThat(households(firstPage))
                .as("the name in its place fills the page; the sons, named Qutaiba only as father, are counted")
                .containsExactlyInAnyOrderElementsOf(inPlace);
        assertThat(firstPage.complete()).isFalse();
        assertThat(firstPage.counted()).isEqualTo(5);

        NameCandidates.Found wholeBound = candidates.find(query, List.of(), Map.of(), 5, 5);
        assertThat(households(wholeBound))
                .as("a page reaching past them keeps the latest two sons")
                .containsExactlyInAnyOrder(inPlace.get(0), inPlace.get(1), inPlace.get(2), sons.get(5), sons.get(4));
        assertThat(wholeBound.counted()).isEqualTo(5);
    }

    @Test
    void aChainWithFamilyAndFathersNamesIsFoundWhereTheBearersOfItsTwoPairsMeet() {
        String family = unique("Al-Qarqour", 'j');
        NameQuery query = NameQuery.parse("Qutaiba Rami " + family);
        assertThat(query.expectedPlaces(chainKeys::listedGivenName))
                .as("one reading of the chain, with both pairs: they are made to meet")
                .allMatch(places -> places.indexOf(ChainPart.FATHER) > 0 && places.indexOf(ChainPart.FAMILY) > 0);
        UUID chain = registered(request("Qutaiba", "Rami", family, 1970));
        UUID anotherFather = registered(request("Qutaiba", "Wael", family, 1971));
        UUID anotherFamily = registered(request("Qutaiba", "Rami", "Al-Zibdiyeh" + family.substring(3), 1972));

        NameCandidates.Found found = candidates.find(query, List.of(), Map.of(), 10);

        assertThat(households(found))
                .as("only the bearer of both pairs")
                .containsExactly(chain)
                .doesNotContain(anotherFather, anotherFamily);
    }

    @Test
    void aSkeletonElsewhereInTheChainIsAskedForOnlyWhenNoSpellingFoundAnyone() {
        String suffix = Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "k");
        String family = "Qandil" + suffix;
        // "Qatib" is another name with Qutaiba's consonants: for the query "Qutaiba" it is a skeleton only.
        assertThat(chainKeys.skeletonKeys("Qatib", ChainPart.FATHER))
                .containsAnyElementsOf(chainKeys.skeletonKeys("Qutaiba", ChainPart.FATHER));
        assertThat(chainKeys.queryVariantKeys("Qutaiba", ChainPart.FATHER))
                .doesNotContainAnyElementsOf(chainKeys.queryVariantKeys("Qatib", ChainPart.FATHER));
        UUID inPlace = registered(request("Qutaiba", family, 1970));
        UUID son = registered(request("Salim", "Qutaiba", family, 1990));
        UUID skeletonOnly = registered(request("Salim", "Qatib", family, 1991));

        NameCandidates.Found found = candidates.find(NameQuery.parse("Qutaiba " + family), List.of(), Map.of(), 10);
        assertThat(households(found))
                .as("spelled alike in place and elsewhere; the skeleton elsewhere is not asked for")
                .containsExactlyInAnyOrder(inPlace, son)
                .doesNotContain(skeletonOnly);
        assertThat(found.complete()).isTrue();

        String alone = "Zarbout" + suffix;
        UUID onlyBySkeleton = registered(request("Salim", "Qatib", alone, 1992));
        assertThat(households(candidates.find(NameQuery.parse("Qutaiba " + alone), List.of(), Map.of(), 10)))
                .as("no spelling finds anyone: the skeleton anywhere in the chain is the fallback")
                .containsExactly(onlyBySkeleton);
    }

    @Test
    void aNameOfTwoWordsSearchedAsTwoPartsIsFoundByItsKeysAnywhereInTheChain() {
        String family = unique("Qarqash", 'w');
        // Spelled otherwise than registered, so that no text inside the names finds the person.
        String searched = "Qutaiba Kheir";
        assertThat(chainKeys.queryVariantKeys(searched, ChainPart.GIVEN))
                .as("one name of two words, spelled alike")
                .containsAnyElementsOf(chainKeys.variantKeys("Qutaiba Khair", ChainPart.GIVEN));
        NameQuery query = NameQuery.parse(searched + " Rami Salim " + family);
        assertThat(query.parts())
                .as("five words: five parts, one more than a chain has")
                .hasSize(5);
        UUID compound = registered(request("Qutaiba Khair", "Rami", "Salim", family, 1970));
        UUID withoutKhair = registered(request("Qutaiba", "Rami", "Salim", family, 1971));

        NameCandidates.Found found = candidates.find(query, List.of(), Map.of(), 10);

        assertThat(households(found))
                .as("the two words as one given name; not someone who lacks one of them")
                .containsExactly(compound)
                .doesNotContain(withoutKhair);
    }

    @Test
    void aCommonPartLeftToTheRowsOfTheRareOnesFindsTheSamePeopleAnywhereInTheChain() {
        String family = unique("Qarnabit", 'x');
        // Rami in the grandfather's place and Salim in the father's: the query's places find nobody, and
        // the tier of the names anywhere in the chain answers.
        UUID swapped = registered(request("Qutaiba", "Salim", "Rami", family, 1970));
        UUID withoutRami = registered(request("Qutaiba", "Salim", "Nizar", family, 1971));
        NameQuery query = NameQuery.parse("Qutaiba Rami Salim " + family);
        NameKeyShares.Known ramiEverywhere = new NameKeyShares.Known(
                Map.of(
                        chainKeys.queryVariantKeys("Rami", ChainPart.GIVEN).get(0), 0.4,
                        chainKeys.queryVariantKeys("Rami", ChainPart.FATHER).get(0), 0.4),
                0.00001,
                10_000_000,
                0);
        NameKeyShares fixed = new NameKeyShares(jdbc) {
            @Override
            Known known() {
                return ramiEverywhere;
            }
        };
        NameCandidates ramiOnTheRows = new NameCandidates(jdbc, chainKeys, fixed);

        assertThat(households(ramiOnTheRows.find(query, List.of(), Map.of(), 10)))
                .as("Rami checked on the rows the three rare names find")
                .containsExactly(swapped)
                .doesNotContain(withoutRami);
        assertThat(households(candidates.find(query, List.of(), Map.of(), 10)))
                .as("as when every name is asked of the index")
                .containsExactly(swapped);
    }

    @Test
    void theSharesOfNameKeysAreReadFromTheStatisticsOfTheRegistry() {
        String family = unique("Qasqas", 'y');
        for (int n = 0; n < 3; n++) {
            registered(request("Qutaiba", "Rami", family, 1970 + n));
        }
        // The owner analyses; the application's role may only read what it found.
        maintenance.jdbc().sql("ANALYZE individual").update();

        NameKeyShares.Known known = new NameKeyShares(jdbc).known();

        assertThat(known.isEmpty()).isFalse();
        assertThat(known.individuals()).isPositive();
        String qutaiba = chainKeys.variantKeys("Qutaiba", ChainPart.GIVEN).get(0);
        assertThat(known.share(List.of(qutaiba)))
                .as("a given name every test here registers is more common than a key nobody bears")
                .isGreaterThan(known.share(List.of("gv:nobody-bears-this")));
    }

    /** A name no other test has registered: the stem and a few letters from the clock. */
    private static String unique(String stem, char filler) {
        return stem + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", String.valueOf(filler));
    }

    /** The household registered for the request, as these tests register them. */
    private UUID registered(RegisterHouseholdRequest request) {
        return households.register(request, "bound.test").id();
    }

    private static List<String> withPrefix(List<String> keys, String prefix) {
        return keys.stream().filter(key -> key.startsWith(prefix)).toList();
    }

    private List<String> pairTexts(List<String> keys) {
        return jdbc.sql("SELECT registry_name_pair_texts(CAST(:keys AS text[]))")
                .param("keys", keys.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    private List<Long> hashes(List<String> pairs) {
        return jdbc.sql("SELECT DISTINCT registry_name_pair(p) FROM unnest(CAST(:pairs AS text[])) p ORDER BY 1")
                .param("pairs", pairs.toArray(String[]::new))
                .query(Long.class)
                .list();
    }

    private List<Long> pairs(UUID person) {
        return jdbc.sql("SELECT key FROM individual_name_pair WHERE individual_id = :id ORDER BY key")
                .param("id", person)
                .query(Long.class)
                .list();
    }

    private List<String> givenKeys(UUID person) {
        return jdbc.sql("SELECT key FROM individual_given_key WHERE individual_id = :id ORDER BY key")
                .param("id", person)
                .query(String.class)
                .list();
    }

    private static List<UUID> latestFirst(List<UUID> registered) {
        List<UUID> reversed = new ArrayList<>(registered);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static List<UUID> households(List<NameCandidates.Candidate> found) {
        return found.stream().map(NameCandidates.Candidate::householdId).toList();
    }

    private static List<UUID> households(NameCandidates.Found found) {
        return found.candidates().stream()
                .map(NameCandidates.Candidate::householdId)
                .toList();
    }

    private static RegisterHouseholdRequest request(String family, int birthYear) {
        return request("Qutaiba", family, birthYear);
    }

    private static RegisterHouseholdRequest request(String given, String family, int birthYear) {
        return request(given, "Rami", family, birthYear);
    }

    private static RegisterHouseholdRequest request(String given, String father, String family, int birthYear) {
        return request(given, father, null, family, birthYear);
    }

    private static RegisterHouseholdRequest request(
            String given, String father, String grandfather, String family, int birthYear) {
        return new RegisterHouseholdRequest(
                "Bound site",
                new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY010000", null),
                List.of(new IndividualDetails(
                        "PRINCIPAL",
                        null,
                        given,
                        null,
                        father,
                        null,
                        grandfather,
                        null,
                        family,
                        "M",
                        Integer.toString(birthYear),
                        null,
                        null,
                        null,
                        null,
                        List.of())));
    }
}
