package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSettings;
import org.homeward.demo.GenerationProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Name search on a demo registry (the seeded demo generator, about 6,800 households, imported through
 * the product's bulk import into a database of its own): for names typed in either script, the first
 * result bears the name in its place in the chain, and nobody whose given name is a different name of
 * the same root (Mahmoud, Ahmad, Hamid for Mohammad) comes before anyone who bears it. Whether a person
 * bears a name is judged from the demo generator's own lists of names and their Latin spellings, not
 * from the search's folding rules.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "homeward.data-dir=target/test-data/name-search",
            "homeward.clean-on-start=true",
            "logging.level.root=WARN"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameSearchRankingIT {

    private static final String PASSWORD = "name search password";
    private static final Set<String> MOHAMMAD_ROOT =
            Set.of("محمد", "محمود", "أحمد", "حامد", "همام", "حمود", "حمدان", "هيام");

    @Autowired
    HouseholdImportService imports;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;
    /** Arabic name → its Latin spellings, from the demo generator's lists. */
    private final Map<String, Set<String>> spellings = new HashMap<>();

    @BeforeAll
    void demoRegistry() throws IOException {
        Path folder = Files.createTempDirectory("name-search-demo");
        new DemoPopulationGenerator(DemoSettings.of(7, LocalDate.of(2026, 3, 15), 30_000))
                .generateInto(folder, GenerationProgress.NONE);
        ImportReport report = imports.importFile(
                folder.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE),
                new ImportOptions(false, null, "name-search-test", ImportOptions.DEFAULT_BATCH_SIZE),
                new ImportProgress() {});
        assertThat(report.problems()).isEmpty();
        users.create("search.all", Role.REGISTRATION_OFFICER, PASSWORD, null);
        List<ScopeGrant> governorates = new ArrayList<>();
        for (int governorate = 1; governorate <= 14; governorate++) {
            governorates.add(ScopeGrant.parse(String.format(Locale.ROOT, "area:SY%02d", governorate)));
        }
        users.setScopes("search.all", governorates);
        for (String list : new String[] {"given-names-male.csv", "given-names-female.csv", "family-names.csv"}) {
            try (InputStream in = new ClassPathResource("demo/" + list).getInputStream()) {
                for (CSVRecord row : CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    spellings.put(row.get("arabic"), Set.of(row.get("latin").split("\\|")));
                }
            }
        }
    }

    @Test
    void aNameFindsThePeopleWhoBearItFirst() {
        assertRanked("Mohammad al-Hamwi", "محمد", null, "الحموي", MOHAMMAD_ROOT);
        assertRanked("محمد الحموي", "محمد", null, "الحموي", MOHAMMAD_ROOT);
        assertRanked("Mohammad", "محمد", null, null, MOHAMMAD_ROOT);
        assertRanked("محمد", "محمد", null, null, MOHAMMAD_ROOT);
        assertRanked("Ahmad", "أحمد", null, null, MOHAMMAD_ROOT);
        assertRanked("أحمد", "أحمد", null, null, MOHAMMAD_ROOT);
        assertRanked("Mahmoud", "محمود", null, null, MOHAMMAD_ROOT);
        assertRanked("Hamid", "حامد", null, null, MOHAMMAD_ROOT);
        assertRanked("Muhammad Ahmed", "محمد", "أحمد", null, MOHAMMAD_ROOT);
        assertRanked("محمد بن أحمد", "محمد", "أحمد", null, MOHAMMAD_ROOT);
        assertRanked("Mohammed Ahmad Al-Ahmad", "محمد", "أحمد", "الأحمد", MOHAMMAD_ROOT);
        assertRanked("Abd al-Rahman", "عبد الرحمن", null, null, Set.of("عبد الرحيم", "عبد الرحمن"));
        assertRanked("Mahmoud Al-Hamwi", "محمود", null, "الحموي", MOHAMMAD_ROOT);
        assertRanked("Mohammad Nizar Al-Hamwi", "محمد", "نزار", "الحموي", MOHAMMAD_ROOT);
    }

    @Test
    void aReferenceTypedIntoTheNameBoxFindsItsHouseholdFirst() {
        String reference = jdbc.sql("SELECT reference FROM household ORDER BY reference OFFSET 1234 LIMIT 1")
                .query(String.class)
                .single();
        JsonNode items = search(reference).get("items");
        assertThat(items.get(0).get("reference").asString()).isEqualTo(reference);
        String typedLoosely = reference.toLowerCase(Locale.ROOT).replace("-", " ");
        assertThat(search(typedLoosely).get("items").get(0).get("reference").asString())
                .isEqualTo(reference);
    }

    @Test
    void aCommonNameSaysThatThereAreMoreMatchesThanItRanked() {
        JsonNode page = search("Mohammad");
        assertThat(page.get("total").asLong()).isEqualTo(HouseholdSearch.MOST_RANKED);
        assertThat(page.get("moreThanTotal").asBoolean()).isTrue();
        JsonNode rare = search("Hussein Al-Hamwi");
        assertThat(rare.get("moreThanTotal").asBoolean()).isFalse();
        assertThat(rare.get("total").asLong())
                .isLessThan(HouseholdSearch.MOST_RANKED)
                .isPositive();
    }

    /**
     * The first result bears the given name (and the father's and family name, when asked) in place; no
     * result whose given name is another name of the same root comes before the last one that bears it.
     */
    private void assertRanked(String query, String given, String father, String family, Set<String> sameRoot) {
        List<Map<String, String>> people = people(search(query).get("items"));
        assertThat(people).as(query).isNotEmpty();
        assertThat(bears(people.get(0), given, father, family))
                .as(query + ": first result " + people.get(0))
                .isTrue();
        int lastBearer = -1;
        int firstOther = Integer.MAX_VALUE;
        for (int p = 0; p < people.size(); p++) {
            Map<String, String> person = people.get(p);
            if (bears(person, given, father, family)) {
                lastBearer = p;
            } else if (firstOther == Integer.MAX_VALUE
                    && sameRoot.stream().anyMatch(other -> !other.equals(given) && bears(person, other, null, null))) {
                firstOther = p;
            }
        }
        int shownTo = lastBearer;
        int other = firstOther;
        assertThat(firstOther)
                .as(() -> query + ": a different name of the same root, " + people.get(other)
                        + ", before a bearer of the name, " + people.get(shownTo) + ", in "
                        + people.subList(0, shownTo + 1))
                .isGreaterThan(lastBearer);
    }

    private boolean bears(Map<String, String> person, String given, String father, String family) {
        return is(person, "given", given)
                && (father == null || is(person, "father", father))
                && (family == null || is(person, "family", family));
    }

    /** Whether the part is the name: its Arabic form or one of its Latin spellings, as the demo lists give them. */
    private boolean is(Map<String, String> person, String part, String arabic) {
        String writtenArabic = person.get(part + "_name_ar");
        String writtenLatin = person.get(part + "_name_latin");
        return writtenArabic != null && SearchText.fold(writtenArabic).equals(SearchText.fold(arabic))
                || writtenLatin != null
                        && spellings.getOrDefault(arabic, Set.of()).contains(writtenLatin);
    }

    /** The name chains of the people listed, read from the registry by household and the names shown. */
    private List<Map<String, String>> people(JsonNode items) {
        List<Map<String, String>> people = new ArrayList<>();
        for (JsonNode item : items) {
            Map<String, Object> found = jdbc.sql("""
                            SELECT given_name_ar, father_name_ar, family_name_ar,
                                given_name_latin, father_name_latin, family_name_latin
                            FROM individual WHERE household_id = CAST(:household AS uuid)
                              AND concat_ws(' ', given_name_ar, father_name_ar, family_name_ar) = :arabic
                              AND concat_ws(' ', given_name_latin, father_name_latin, family_name_latin) = :latin
                            LIMIT 1""")
                    .param("household", item.get("householdId").asString())
                    .param("arabic", item.get("matchedNameAr").asString(""))
                    .param("latin", item.get("matchedNameLatin").asString(""))
                    .query()
                    .singleRow();
            Map<String, String> person = new HashMap<>();
            found.forEach((column, value) -> person.put(column, (String) value));
            people.add(person);
        }
        return people;
    }

    private JsonNode search(String name) {
        Answer answer = new ApiClient(port, "search.all", PASSWORD)
                .post("/api/v1/households/search", java.util.Map.of("size", 100, "name", name));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
