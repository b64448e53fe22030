package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.places.PlaceLookup;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** A reviewer works the duplicate queue through a filter, going from each decision to the next pair of it. */
@HomewardTest
class DuplicateQueueBrowserIT {

    private static final String PASSWORD = "duplicate queue password";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    DuplicateRunService runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlaceLookup places;

    @LocalServerPort
    int port;

    @Test
    void aReviewerWorksThreePairsOfAFilterInEnglishAndThreeInArabic() throws Exception {
        officer("filter.officer");
        List<UUID[]> cousins =
                List.of(twice("Al-Jabiri", "الجابري"), twice("Al-Kurdi", "الكردي"), twice("Al-Masri", "المصري"));
        List<UUID[]> namesakes = List.of(
                twice("Al-Atassi", "الأتاسي"), twice("Al-Husseini", "الحسيني"), twice("Al-Shishakli", "الشيشكلي"));
        runs.run("system");
        markReason(cousins, "POSSIBLE_COUSINS");
        markReason(namesakes, "POSSIBLE_NAMESAKES");
        List<Long> cousinsStrongestFirst = openInScope("POSSIBLE_COUSINS", "c.weight DESC, c.id");
        List<Long> namesakesOldestFirst = openInScope("POSSIBLE_NAMESAKES", "c.id");
        assertThat(cousinsStrongestFirst).hasSizeGreaterThanOrEqualTo(3);
        assertThat(namesakesOldestFirst).hasSizeGreaterThanOrEqualTo(3);
        Files.createDirectories(Path.of("target", "screenshots", "duplicates"));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("filter.officer", PASSWORD);
            browser.go("/duplicates?lang=en");
            new Select(browser.find("#filter-reason")).selectByValue("POSSIBLE_COUSINS");
            browser.submit("#apply-filter");
            assertThat(browser.driver().getCurrentUrl()).contains("reason=POSSIBLE_COUSINS");
            assertThat(browser.find("#duplicate-queue").getText())
                    .contains("Possible cousins")
                    .doesNotContain("Possible namesakes");
            browser.screenshot("duplicates/queue-filtered-en");
            browser.submit("#duplicate-queue .duplicate-row .review-link");
            workThree(
                    browser,
                    cousinsStrongestFirst,
                    "#judge-different",
                    "Recorded: different people",
                    "Possible cousins",
                    "duplicates/next-pair-en");

            browser.go("/duplicates?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            new Select(browser.find("#filter-reason")).selectByValue("POSSIBLE_NAMESAKES");
            new Select(browser.find("#filter-sort")).selectByValue("OLDEST");
            browser.submit("#apply-filter");
            browser.screenshot("duplicates/queue-filtered-ar");
            browser.submit("#duplicate-queue .duplicate-row .review-link");
            workThree(
                    browser,
                    namesakesOldestFirst,
                    "#judge-different",
                    "شخصان مختلفان",
                    "ربما شخصان بالاسم نفسه",
                    "duplicates/next-pair-ar");
        }
        for (long pair : cousinsStrongestFirst.subList(0, 3)) {
            assertThat(status(pair)).isEqualTo("DIFFERENT");
        }
        for (long pair : namesakesOldestFirst.subList(0, 3)) {
            assertThat(status(pair)).isEqualTo("DIFFERENT");
        }
    }

    @Test
    void aReviewerFiltersByNameInEitherScriptAndByReferenceAndTheNextPairKeepsTheFilterWithoutNamingItInTheUrl()
            throws Exception {
        officer("name.filter.officer");
        twice("Al-Zoubi", "الزعبي");
        twice("Al-Haffar", "الحفار");
        twice("Al-Tinawi", "الطناوي");
        runs.run("system");
        List<Long> zoubi = openNamed("%zoubi%");
        List<Long> haffar = openNamed("%الحفار%");
        assertThat(zoubi).hasSizeGreaterThanOrEqualTo(2);
        assertThat(haffar).hasSizeGreaterThanOrEqualTo(2);
        Files.createDirectories(Path.of("target", "screenshots", "duplicates"));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("name.filter.officer", PASSWORD);
            browser.go("/duplicates?lang=en");
            browser.type("#filter-name", "ZOUBI");
            browser.submit("#apply-filter");
            assertThat(browser.driver().getCurrentUrl()).contains("search=").doesNotContainIgnoringCase("zoubi");
            assertThat(rows(browser)).containsExactlyElementsOf(firstPage(zoubi));
            // One person of each pair bears the name; the other may be anyone the run paired with them.
            assertThat(browser.driver()
                            .findElements(org.openqa.selenium.By.cssSelector("#duplicate-queue .duplicate-row")))
                    .allSatisfy(row -> assertThat(row.getText()).contains("Zoubi"));
            browser.screenshot("duplicates/queue-by-name-en");
            browser.submit("#duplicate-queue .duplicate-row .review-link");
            workTwo(browser, zoubi, "Recorded: different people");
            browser.go("/duplicates?lang=en");
            assertThat(browser.find("#filter-name").getAttribute("value")).isEmpty();

            browser.go("/duplicates?lang=ar");
            browser.type("#filter-name", "الحفّار");
            browser.submit("#apply-filter");
            assertThat(rows(browser)).containsExactlyElementsOf(firstPage(haffar));
            assertThat(browser.find("#filter-name").getAttribute("value")).isEqualTo("الحفّار");
            browser.screenshot("duplicates/queue-by-name-ar");
            browser.submit("#duplicate-queue .duplicate-row .review-link");
            workTwo(browser, haffar, "شخصان مختلفان");

            String reference = jdbc.sql("""
                            SELECT h.reference FROM duplicate_candidate c JOIN individual i ON i.id = c.second_id
                            JOIN household h ON h.id = i.household_id WHERE c.id = :pair""")
                    .param("pair", openNamed("%tinawi%").get(0))
                    .query(String.class)
                    .single();
            browser.go("/duplicates?lang=en");
            browser.type("#filter-reference", reference.toLowerCase(java.util.Locale.ROOT));
            browser.submit("#apply-filter");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain(reference);
            assertThat(rows(browser)).isNotEmpty().containsExactlyElementsOf(firstPage(openWithReference(reference)));
        }
        assertThat(status(zoubi.get(0))).isEqualTo("DIFFERENT");
        assertThat(status(haffar.get(1))).isEqualTo("DIFFERENT");
    }

    @Test
    void aReviewerNarrowsTheQueueToOneOfTheirOwnSitesInEitherLanguage() throws Exception {
        String site = "Queue site " + System.nanoTime() % 100000;
        TestUsers.ensure(users, "mine.filter.officer", Role.REGISTRATION_OFFICER, PASSWORD, null);
        users.setScopes(
                "mine.filter.officer", List.of(ScopeGrant.parse("area:SY02"), ScopeGrant.parse("site:" + site)));
        registerAt(site, "Al-Sabbagh", "الصباغ");
        registerAt(site, "El Sabbagh", "الصباغ");
        twice("Al-Kayyali", "الكيالي");
        runs.run("system");
        List<Long> atSite = jdbc.sql("""
                        SELECT c.id FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN household ha ON ha.id = a.household_id
                        JOIN individual b ON b.id = c.second_id JOIN household hb ON hb.id = b.household_id
                        WHERE c.status = 'OPEN' AND (ha.registration_site = :site OR hb.registration_site = :site)
                        AND (ha.registration_site = :site OR ha.destination_pcode LIKE 'SY02%')
                        AND (hb.registration_site = :site OR hb.destination_pcode LIKE 'SY02%')
                        ORDER BY c.weight DESC, c.id""").param("site", site).query(Long.class).list();
        assertThat(atSite).isNotEmpty();
        assertThat(openNamed("%kayyali%"))
                .as("pairs of households registered elsewhere are left out by the filter")
                .isNotEmpty()
                .anySatisfy(pair -> assertThat(atSite).doesNotContain(pair));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("mine.filter.officer", PASSWORD);
            for (String language : List.of("en", "ar")) {
                browser.go("/duplicates?lang=" + language);
                new org.openqa.selenium.support.ui.Select(browser.find("#filter-mine")).selectByValue("SITE:" + site);
                browser.submit("#apply-filter");
                assertThat(browser.driver().getCurrentUrl()).doesNotContain("Queue");
                assertThat(rows(browser)).containsExactlyElementsOf(firstPage(atSite));
                assertThat(new org.openqa.selenium.support.ui.Select(browser.find("#filter-mine"))
                                .getFirstSelectedOption()
                                .getAttribute("value"))
                        .isEqualTo("SITE:" + site);
                browser.screenshot("duplicates/queue-by-site-" + language);
            }
        }
    }

    @Test
    void aReviewerNarrowsTheQueueToALikelihoodBandAndWorksItInEitherLanguage() throws Exception {
        officer("band.filter.officer");
        UUID[] weighedLeast = twice("Al-Hallak", "الحلاق");
        UUID[] weighedLess = twice("Al-Naqqash", "النقاش");
        runs.run("system");
        // The band is the filter's to find, not the engine's to produce: two pairs are given weights of the middle
        // band.
        jdbc.sql("UPDATE duplicate_candidate SET weight = 2.5 WHERE id = :id")
                .param("id", pairOf(weighedLess))
                .update();
        jdbc.sql("UPDATE duplicate_candidate SET weight = 0.5 WHERE id = :id")
                .param("id", pairOf(weighedLeast))
                .update();
        List<Long> veryLikely = openInBand("c.weight >= :veryLikely");
        List<Long> likely = openInBand("c.weight >= 0 AND c.weight < :veryLikely");
        assertThat(veryLikely).as("pairs of 96 %% or more").hasSizeGreaterThanOrEqualTo(3);
        assertThat(likely).as("pairs between 50 and 96 %%").hasSizeGreaterThanOrEqualTo(2);
        Files.createDirectories(Path.of("target", "screenshots", "duplicates"));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("band.filter.officer", PASSWORD);
            browser.go("/duplicates?lang=en");
            new Select(browser.find("#filter-band")).selectByValue("VERY_LIKELY");
            browser.submit("#apply-filter");
            assertThat(browser.driver().getCurrentUrl()).contains("band=VERY_LIKELY");
            assertThat(new Select(browser.find("#filter-band"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Very likely (96 % or more)");
            assertThat(rows(browser)).containsExactlyElementsOf(firstPage(veryLikely));
            assertThat(likelihoods(browser))
                    .allSatisfy(percent -> assertThat(percent).isBetween(96, 100));
            browser.screenshot("duplicates/queue-by-band-en");
            browser.submit("#duplicate-queue .duplicate-row .review-link");
            workTwo(browser, veryLikely, "Recorded: different people");
            assertThat(browser.find("#back-to-queue").getAttribute("href")).contains("band=VERY_LIKELY");

            browser.go("/duplicates?lang=ar");
            new Select(browser.find("#filter-band")).selectByValue("LIKELY");
            browser.submit("#apply-filter");
            assertThat(browser.driver().getCurrentUrl()).contains("band=LIKELY");
            assertThat(new Select(browser.find("#filter-band"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("مرجّح (من 50 إلى 96 %)");
            assertThat(rows(browser)).containsExactlyElementsOf(firstPage(likely));
            assertThat(likelihoods(browser))
                    .allSatisfy(percent -> assertThat(percent).isBetween(50, 96));
            browser.screenshot("duplicates/queue-by-band-ar");
            browser.submit("#duplicate-queue .duplicate-row .review-link");
            assertThat(browser.driver().getCurrentUrl()).contains("/duplicates/" + likely.get(0));
            browser.submit("#judge-different");
            assertThat(browser.find("#decided-notice").getText()).contains("شخصان مختلفان");
            assertThat(browser.driver().getCurrentUrl())
                    .as("the next pair of the band")
                    .contains("/duplicates/" + likely.get(1) + "?")
                    .contains("band=LIKELY");
        }
        assertThat(status(veryLikely.get(0))).isEqualTo("DIFFERENT");
        assertThat(status(veryLikely.get(1))).isEqualTo("DIFFERENT");
        assertThat(status(likely.get(0))).isEqualTo("DIFFERENT");
    }

    @Test
    void aReviewerNarrowsTheQueueToOneOfTheirOwnAreasNamedInEitherLanguage() throws Exception {
        TestUsers.ensure(users, "area.filter.officer", Role.REGISTRATION_OFFICER, PASSWORD, null);
        users.setScopes("area.filter.officer", List.of(ScopeGrant.parse("area:SY02"), ScopeGrant.parse("area:SY01")));
        UUID[] damascus = {
            principal(registerFor("SY010000", "Al-Rifai", "الرفاعي")),
            principal(registerFor("SY010000", "El Rifai", "الرفاعي"))
        };
        twice("Al-Dalati", "الدلاتي");
        runs.run("system");
        List<Long> inDamascus = jdbc.sql("""
                        SELECT c.id FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN household ha ON ha.id = a.household_id
                        JOIN individual b ON b.id = c.second_id JOIN household hb ON hb.id = b.household_id
                        WHERE c.status = 'OPEN'
                        AND (ha.destination_pcode LIKE 'SY01%' OR hb.destination_pcode LIKE 'SY01%')
                        AND (ha.destination_pcode LIKE 'SY01%' OR ha.destination_pcode LIKE 'SY02%')
                        AND (hb.destination_pcode LIKE 'SY01%' OR hb.destination_pcode LIKE 'SY02%')
                        ORDER BY c.weight DESC, c.id""").query(Long.class).list();
        assertThat(inDamascus)
                .as("the two principals bound for Rural Damascus are a pair")
                .contains(pairOf(damascus));
        assertThat(openNamed("%dalati%"))
                .as("pairs of households bound for Aleppo are left out by the filter")
                .isNotEmpty()
                .allSatisfy(pair -> assertThat(inDamascus).doesNotContain(pair));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("area.filter.officer", PASSWORD);
            for (String language : List.of("en", "ar")) {
                browser.go("/duplicates?lang=" + language);
                Select mine = new Select(browser.find("#filter-mine"));
                assertThat(mine.getOptions())
                        .extracting(option -> option.getAttribute("value"))
                        .contains("AREA:SY01", "AREA:SY02");
                mine.selectByValue("AREA:SY01");
                String area = mine.getFirstSelectedOption().getText();
                assertThat(area)
                        .as("the area is named in the page's language, not only by its code")
                        .contains(places.displayName("SY01", language).orElseThrow())
                        .contains("SY01")
                        .startsWith("en".equals(language) ? "Area: " : "المنطقة: ");
                browser.submit("#apply-filter");
                assertThat(browser.driver().getCurrentUrl())
                        .doesNotContain("SY01")
                        .contains("search=");
                assertThat(rows(browser)).containsExactlyElementsOf(firstPage(inDamascus));
                assertThat(new Select(browser.find("#filter-mine"))
                                .getFirstSelectedOption()
                                .getAttribute("value"))
                        .isEqualTo("AREA:SY01");
                browser.screenshot("duplicates/queue-by-area-" + language);
            }
            browser.submit("#duplicate-queue .duplicate-row .review-link");
            assertThat(browser.driver().getCurrentUrl()).contains("/duplicates/" + inDamascus.get(0));
            browser.submit("#judge-different");
            assertThat(browser.find("#decided-notice").getText()).contains("شخصان مختلفان");
            if (inDamascus.size() > 1) {
                assertThat(browser.driver().getCurrentUrl())
                        .as("the next pair of the area")
                        .contains("/duplicates/" + inDamascus.get(1));
            }
        }
        assertThat(status(inDamascus.get(0))).isEqualTo("DIFFERENT");
    }

    @Test
    void aHouseholdPageLeadsToItsOwnPairsAndTheNextPairStaysWithTheHouseholdInEitherLanguage() throws Exception {
        officer("household.link.officer");
        UUID first = register("Al-Nahhas", "النحاس");
        register("El Nahhas", "النحاس");
        UUID third = register("Al Nahhas", "النحاس");
        runs.run("system");
        List<Long> ofFirst = openOfHousehold(first);
        assertThat(ofFirst).as("pairs with a member of the first household").hasSizeGreaterThanOrEqualTo(3);
        Files.createDirectories(Path.of("target", "screenshots", "duplicates"));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("household.link.officer", PASSWORD);
            browser.go("/households/" + first + "?lang=en");
            assertThat(browser.find("#household-duplicates").getText())
                    .isEqualTo("Possible duplicates of this household waiting for review");
            browser.submit("#household-duplicates");
            assertThat(browser.driver().getCurrentUrl()).contains("/duplicates?household=" + first);
            assertThat(rows(browser)).containsExactlyElementsOf(firstPage(ofFirst));
            assertThat(browser.find("#queue-household").getText())
                    .as("the queue says whose pairs it shows")
                    .contains("Only pairs with a member of household " + referenceOf(first));
            browser.screenshot("duplicates/queue-of-household-en");
            browser.submit("#duplicate-queue .duplicate-row .review-link");
            workTwo(browser, ofFirst, "Recorded: different people");
            assertThat(browser.driver().getCurrentUrl()).contains("household=" + first);

            List<Long> ofThird = openOfHousehold(third);
            assertThat(ofThird).hasSizeGreaterThanOrEqualTo(2).doesNotContain(ofFirst.get(0), ofFirst.get(1));
            browser.go("/households/" + third + "?lang=ar");
            assertThat(browser.find("#household-duplicates").getText())
                    .isEqualTo("التكرارات المحتملة لهذه الأسرة بانتظار المراجعة");
            browser.submit("#household-duplicates");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(rows(browser)).containsExactlyElementsOf(firstPage(ofThird));
            new Select(browser.find("#filter-sort")).selectByValue("OLDEST");
            browser.submit("#apply-filter");
            assertThat(browser.driver().getCurrentUrl())
                    .as("the filter form keeps the household")
                    .contains("household=" + third)
                    .contains("sort=OLDEST");
            List<Long> ofThirdOldestFirst = ofThird.stream().sorted().toList();
            assertThat(rows(browser)).containsExactlyElementsOf(firstPage(ofThirdOldestFirst));
            assertThat(browser.find("#queue-household").getText())
                    .contains("الأزواج التي تضم فرداً من الأسرة", referenceOf(third));
            browser.screenshot("duplicates/queue-of-household-ar");
            browser.submit("#duplicate-queue .duplicate-row .review-link");
            workTwo(browser, ofThirdOldestFirst, "شخصان مختلفان");

            browser.submit("#back-to-queue");
            assertThat(browser.driver().getCurrentUrl()).contains("household=" + third);
            browser.submit("#queue-all");
            assertThat(browser.driver().getCurrentUrl())
                    .as("every pair again, in the order asked")
                    .doesNotContain("household=")
                    .contains("sort=OLDEST");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("queue-household")))
                    .isEmpty();
            assertThat(rows(browser)).containsExactlyElementsOf(firstPage(openInArea()));
        }
        assertThat(status(ofFirst.get(0))).isEqualTo("DIFFERENT");
        assertThat(status(ofFirst.get(1))).isEqualTo("DIFFERENT");
    }

    /** Every open pair whose two households are in the area SY02, oldest first. */
    private List<Long> openInArea() {
        return jdbc.sql("""
                        SELECT c.id FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN household ha ON ha.id = a.household_id
                        JOIN individual b ON b.id = c.second_id JOIN household hb ON hb.id = b.household_id
                        WHERE c.status = 'OPEN'
                        AND ha.destination_pcode LIKE 'SY02%' AND hb.destination_pcode LIKE 'SY02%'
                        ORDER BY c.id""").query(Long.class).list();
    }

    private String referenceOf(UUID household) {
        return jdbc.sql("SELECT reference FROM household WHERE id = :id")
                .param("id", household)
                .query(String.class)
                .single();
    }

    /** The open pairs with a member of the household on either side, both households in the area SY02, strongest first. */
    private List<Long> openOfHousehold(UUID household) {
        return jdbc.sql("""
                        SELECT c.id FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN household ha ON ha.id = a.household_id
                        JOIN individual b ON b.id = c.second_id JOIN household hb ON hb.id = b.household_id
                        WHERE c.status = 'OPEN' AND (ha.id = :household OR hb.id = :household)
                        AND ha.destination_pcode LIKE 'SY02%' AND hb.destination_pcode LIKE 'SY02%'
                        ORDER BY c.weight DESC, c.id""").param("household", household).query(Long.class).list();
    }

    /** The open pairs in the area SY02 of a likelihood band (a condition on the weight), strongest first. */
    private List<Long> openInBand(String band) {
        return jdbc.sql("SELECT c.id FROM duplicate_candidate c"
                        + " JOIN individual a ON a.id = c.first_id JOIN household ha ON ha.id = a.household_id"
                        + " JOIN individual b ON b.id = c.second_id JOIN household hb ON hb.id = b.household_id"
                        + " WHERE c.status = 'OPEN' AND " + band
                        + " AND ha.destination_pcode LIKE 'SY02%' AND hb.destination_pcode LIKE 'SY02%'"
                        + " ORDER BY c.weight DESC, c.id")
                .param("veryLikely", QueueFilter.VERY_LIKELY_WEIGHT)
                .query(Long.class)
                .list();
    }

    private long pairOf(UUID[] principals) {
        return jdbc.sql("""
                        SELECT id FROM duplicate_candidate
                        WHERE first_id = least(CAST(:a AS uuid), CAST(:b AS uuid))
                        AND second_id = greatest(CAST(:a AS uuid), CAST(:b AS uuid))""")
                .param("a", principals[0].toString())
                .param("b", principals[1].toString())
                .query(Long.class)
                .single();
    }

    /** The likelihood of each pair shown, in whole percent as the queue prints it. */
    private static List<Integer> likelihoods(Browser browser) {
        return browser
                .driver()
                .findElements(
                        org.openqa.selenium.By.cssSelector("#duplicate-queue .duplicate-row td:nth-child(2) span"))
                .stream()
                .filter(span ->
                        span.getAttribute("dir") != null && span.getText().contains("%"))
                .map(span -> Integer.parseInt(span.getText().replaceAll("[^0-9]", "")))
                .toList();
    }

    /** Registers the fixture family bound for another destination (a P-code). */
    private UUID registerFor(String destination, String familyLatin, String familyAr) {
        java.util.Map<String, Object> household =
                new java.util.HashMap<>(HouseholdFixtures.familyOfFive(familyLatin, familyAr));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> journey =
                new java.util.HashMap<>((java.util.Map<String, Object>) household.get("journey"));
        journey.put("destinationPcode", destination);
        household.put("journey", journey);
        return households
                .register(
                        JsonMapper.builder().build().convertValue(household, RegisterHouseholdRequest.class), "system")
                .id();
    }

    private void registerAt(String site, String familyLatin, String familyAr) {
        java.util.Map<String, Object> household =
                new java.util.HashMap<>(HouseholdFixtures.familyOfFive(familyLatin, familyAr));
        household.put("registrationSite", site);
        households.register(
                JsonMapper.builder().build().convertValue(household, RegisterHouseholdRequest.class), "system");
    }

    /** Decides the pair shown as different and checks the next page is the next pair of the filter; then once more. */
    private void workTwo(Browser browser, List<Long> expected, String acknowledged) {
        for (int i = 0; i < 2; i++) {
            assertThat(browser.driver().getCurrentUrl()).contains("/duplicates/" + expected.get(i));
            browser.submit("#judge-different");
            assertThat(browser.find("#decided-notice").getText()).contains(acknowledged);
            if (i + 1 < expected.size()) {
                assertThat(browser.driver().getCurrentUrl())
                        .as("the next pair of the name filter")
                        .contains("/duplicates/" + expected.get(i + 1));
            }
        }
    }

    private static List<Long> rows(Browser browser) {
        return browser
                .driver()
                .findElements(org.openqa.selenium.By.cssSelector("#duplicate-queue .duplicate-row"))
                .stream()
                .map(row -> Long.parseLong(row.getAttribute("data-pair")))
                .toList();
    }

    private static List<Long> firstPage(List<Long> pairs) {
        return pairs.subList(0, Math.min(pairs.size(), DuplicatePageController.PAGE_SIZE));
    }

    /** The open pairs in the officer's area where either person's folded names are like the pattern, strongest first. */
    private List<Long> openNamed(String like) {
        return jdbc.sql("""
                        SELECT c.id FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN household ha ON ha.id = a.household_id
                        JOIN individual b ON b.id = c.second_id JOIN household hb ON hb.id = b.household_id
                        WHERE c.status = 'OPEN' AND (a.search_text LIKE :like OR b.search_text LIKE :like)
                        AND ha.destination_pcode LIKE 'SY02%' AND hb.destination_pcode LIKE 'SY02%'
                        ORDER BY c.weight DESC, c.id""").param("like", like).query(Long.class).list();
    }

    private List<Long> openWithReference(String reference) {
        return jdbc.sql("""
                        SELECT c.id FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN household ha ON ha.id = a.household_id
                        JOIN individual b ON b.id = c.second_id JOIN household hb ON hb.id = b.household_id
                        WHERE c.status = 'OPEN' AND (ha.reference = :reference OR hb.reference = :reference)
                        AND ha.destination_pcode LIKE 'SY02%' AND hb.destination_pcode LIKE 'SY02%'
                        ORDER BY c.weight DESC, c.id""").param("reference", reference).query(Long.class).list();
    }

    @Test
    void theEntryCheckShowsEachMatchWithItsHouseholdBesideTheNameFieldsInBothLanguages() throws Exception {
        officer("entry.check.officer");
        UUID[] registered = twice("Al-Sarraf", "الصراف");
        List<String> references = jdbc.sql(
                        "SELECT reference FROM household h JOIN individual i ON i.household_id = h.id"
                                + " WHERE i.id IN (:a, :b)")
                .param("a", registered[0])
                .param("b", registered[1])
                .query(String.class)
                .list();
        Files.createDirectories(Path.of("target", "screenshots", "duplicates"));
        try (Browser browser = Browser.open(port)) {
            browser.signIn("entry.check.officer", PASSWORD);
            checkEntry(browser, "en", 1280, 800, references, "household of 5", "Open this household");
            checkEntry(browser, "ar", 768, 900, references, "أسرة من 5 أفراد", "افتح هذه الأسرة");
        }
    }

    /** Types an already registered principal into the form and reads the matches beside the name fields. */
    private void checkEntry(
            Browser browser, String language, int width, int height, List<String> references, String size, String open)
            throws Exception {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        browser.go("/households/new?lang=" + language);
        browser.type("[name='members[0].givenNameLatin']", "Mohammad");
        browser.type("[name='members[0].fatherNameLatin']", "Ahmad");
        browser.type("[name='members[0].familyNameLatin']", "Al-Sarraf");
        browser.type("[name='members[0].birthDate']", "1979-03-14");
        browser.click("[name='members[0].givenNameLatin']");
        browser.waitFor()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.cssSelector("#likely-matches .likely-match")));
        String panel = browser.find("#likely-matches").getText();
        assertThat(panel).contains(references).contains(size).contains(open).contains("Masnaa crossing");
        // Both households go to Jebel Saman (SY020000): each match names it in the page's language, not by code.
        assertThat(browser.driver()
                        .findElements(org.openqa.selenium.By.cssSelector("#likely-matches .match-destination")))
                .as("each match names its destination")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(destination -> assertThat(destination.getText())
                        .isEqualTo(language.equals("ar") ? "مركز جبل سمعان" : "Jebel Saman"));
        assertThat(browser.find("#very-likely").getText())
                .as("the strongest match is named")
                .containsAnyOf(references.toArray(String[]::new));
        for (var link :
                browser.driver().findElements(org.openqa.selenium.By.cssSelector("#likely-matches .open-match"))) {
            assertThat(link.getAttribute("target")).isEqualTo("_blank");
            assertThat(link.getAttribute("href")).matches(".*/households/[0-9a-f-]{36}");
        }
        var name = browser.find("[name='members[0].givenNameLatin']");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", name);
        var viewport = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        long innerHeight = ((Number) viewport.executeScript("return window.innerHeight")).longValue();
        var check = browser.find("#very-likely");
        long checkTop =
                ((Number) viewport.executeScript("return arguments[0].getBoundingClientRect().top", check)).longValue();
        long checkBottom = ((Number)
                        viewport.executeScript("return arguments[0].getBoundingClientRect().bottom", check))
                .longValue();
        assertThat(checkTop)
                .as("the warning is in view while the given name is typed (%d px wide)", width)
                .isGreaterThanOrEqualTo(0)
                .isLessThan(innerHeight);
        assertThat(checkBottom).isGreaterThan(0);
        browser.screenshot("duplicates/entry-check-" + language + "-" + width);
    }

    /**
     * Decides the pair shown and the two after it; after each decision the page shown must be the
     * next pair of the same filter, with the decision acknowledged.
     */
    private void workThree(
            Browser browser, List<Long> expected, String verdict, String acknowledged, String reason, String screenshot)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(browser.driver().getCurrentUrl()).contains("/duplicates/" + expected.get(i));
            assertThat(browser.find("#pair-reason").getText()).contains(reason);
            browser.type("#note", "worked from the filtered queue");
            browser.submit(verdict);
            if (i + 1 < expected.size()) {
                assertThat(browser.driver().getCurrentUrl())
                        .as("lands on the next pair of the filter")
                        .contains("/duplicates/" + expected.get(i + 1));
            }
            assertThat(browser.find("#decided-notice").getText()).contains(acknowledged);
            if (i == 0) {
                browser.screenshot(screenshot);
            }
        }
    }

    private void officer(String name) {
        TestUsers.ensure(users, name, Role.REGISTRATION_OFFICER, PASSWORD, null);
        users.setScopes(name, List.of(ScopeGrant.parse("area:SY02")));
    }

    private void markReason(List<UUID[]> principals, String reason) {
        for (UUID[] pair : principals) {
            jdbc.sql("""
                            UPDATE duplicate_candidate SET reason = :reason
                            WHERE first_id = least(CAST(:a AS uuid), CAST(:b AS uuid))
                            AND second_id = greatest(CAST(:a AS uuid), CAST(:b AS uuid))""")
                    .param("reason", reason)
                    .param("a", pair[0].toString())
                    .param("b", pair[1].toString())
                    .update();
        }
    }

    /** The open pairs of a reason whose two households are in the officer's area, in the order asked. */
    private List<Long> openInScope(String reason, String order) {
        return jdbc.sql("""
                        SELECT c.id FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN household ha ON ha.id = a.household_id
                        JOIN individual b ON b.id = c.second_id JOIN household hb ON hb.id = b.household_id
                        WHERE c.status = 'OPEN' AND c.reason = :reason
                        AND ha.destination_pcode LIKE 'SY02%' AND hb.destination_pcode LIKE 'SY02%'
                        ORDER BY\s""" + order).param("reason", reason).query(Long.class).list();
    }

    /** Registers a family twice (the second time spelled a little differently); answers both principals. */
    private UUID[] twice(String familyLatin, String familyAr) {
        return new UUID[] {
            principal(register(familyLatin, familyAr)), principal(register(familyLatin.replace("Al-", "El "), familyAr))
        };
    }

    private UUID register(String familyLatin, String familyAr) {
        RegisterHouseholdRequest request = JsonMapper.builder()
                .build()
                .convertValue(HouseholdFixtures.familyOfFive(familyLatin, familyAr), RegisterHouseholdRequest.class);
        return households.register(request, "system").id();
    }

    private UUID principal(UUID household) {
        return jdbc.sql("SELECT id FROM individual WHERE household_id = :h AND principal")
                .param("h", household)
                .query(UUID.class)
                .single();
    }

    private String status(long pair) {
        return jdbc.sql("SELECT status FROM duplicate_candidate WHERE id = :id")
                .param("id", pair)
                .query(String.class)
                .single();
    }
}
