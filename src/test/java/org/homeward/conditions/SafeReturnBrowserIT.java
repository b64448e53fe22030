package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.movements.SlipCodes;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.Individual;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue #15 end to end in a real browser, in English and Arabic: a coordinator's assessment import
 * makes one sub-district red and leaves another amber; a fully ready movement to the red one shows
 * the red area check and cannot depart from the page or by any API call, whoever makes it; a movement
 * to the amber one departs once the coordinator has recorded, on the page, a reasoned decision on the
 * area check that the household acknowledged; the map shows both colours.
 */
@HomewardTest
class SafeReturnBrowserIT {

    /** Sub-districts no other test assesses (Aleppo governorate), so this test's import decides their status. */
    private static final String RED_AREA = "SY020303";

    private static final String AMBER_AREA = "SY020306";
    private static final String AREA_CHECK = "destination-conditions";
    private static final String PASSWORD = "safe returns test password";
    private static final String RED_COLOUR = "#b3261e";
    private static final String AMBER_COLOUR = "#e8a317";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    SlipCodes slips;

    @Autowired
    ConditionsService conditions;

    @LocalServerPort
    int port;

    @Test
    void aRedAreaNeverDepartsAndAnAmberAreaDepartsOnTheCoordinatorsRecordedDecision() throws Exception {
        LocalDate today = conditions.today();
        String coordinatorName = user(Role.COORDINATOR);
        ApiClient coordinator = new ApiClient(port, coordinatorName, PASSWORD);
        ApiClient admin = new ApiClient(port, user(Role.ADMIN), PASSWORD);
        ApiClient recorder = new ApiClient(port, user(Role.REGISTRATION_OFFICER, "area:SY02"), PASSWORD);
        ApiClient confirmer = new ApiClient(port, user(Role.REGISTRATION_OFFICER, "area:SY02"), PASSWORD);
        Path upload = assessmentFile(today);
        Files.createDirectories(Path.of("target", "screenshots", "safe-returns"));
        String planName = "Safe returns " + RUN;
        String plan = plan(coordinator, planName, today);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinatorName, PASSWORD);
            browser.go("/conditions/import?lang=en");
            browser.driver()
                    .findElement(By.id("file"))
                    .sendKeys(upload.toAbsolutePath().toString());
            browser.submit("#import-button");
            assertThat(browser.find("#import-report").getText())
                    .isEqualTo("9 rows read: 9 values added, 0 already recorded.");
            browser.screenshot("safe-returns/import-en");
            assertThat(conditions.of(RED_AREA, today).status()).isEqualTo(AreaStatus.RED);
            assertThat(conditions.of(AMBER_AREA, today).status()).isEqualTo(AreaStatus.AMBER);

            Household toRed = household(RED_AREA);
            String redMovement = readyMovement(coordinator, recorder, confirmer, plan, toRed);
            Household toAmber = household(AMBER_AREA);
            String amberMovement = readyMovement(coordinator, recorder, confirmer, plan, toAmber);

            apiCannotDepartOrDecideTheRed(List.of(coordinator, admin), redMovement, toRed);
            pageCannotDepartTheRed(browser, redMovement, toRed);
            pageDepartsTheAmberOnARecordedDecision(browser, amberMovement, toAmber);
            assertThat(coordinator
                            .get("/api/v1/movements/" + redMovement)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("PLANNED");

            List<JsonNode> decided = new ArrayList<>();
            coordinator
                    .get("/api/v1/movements/" + amberMovement + "/history")
                    .json()
                    .forEach(event -> {
                        if (event.path("type").asString().equals("AMBER_DECIDED")
                                && event.path("householdId")
                                        .asString()
                                        .equals(toAmber.id().toString())) {
                            decided.add(event);
                        }
                    });
            assertThat(decided)
                    .anySatisfy(event ->
                            assertThat(event.path("details").asString()).contains(AREA_CHECK));

            mapShowsBothColours(browser);
            dashboardShowsTheFigures(browser, planName);
        }
    }

    /** The statistics dashboard charts returns by area condition and the plan against its movements, in both languages. */
    private static void dashboardShowsTheFigures(Browser browser, String planName) throws Exception {
        browser.go("/statistics?lang=en");
        assertThat(browser.find("#condition-returns h2").getText()).isEqualTo("Returns into red and amber areas");
        assertThat(browser.find("#condition-returns-table thead").getText())
                .contains("Into red areas")
                .contains("Into amber areas");
        WebElement planRow = planRow(browser, planName);
        // Four people scheduled (two households of two) are fewer than five: hidden; the target is a plan, not people.
        assertThat(planRow.findElement(By.cssSelector(".scheduled")).getText()).isEqualTo("hidden");
        assertThat(planRow.findElement(By.cssSelector(".planned")).getText()).isNotEqualTo("hidden");
        show(browser, "#condition-returns");
        browser.screenshot("safe-returns/statistics-en");
        show(browser, "#planned-returns");
        browser.screenshot("safe-returns/statistics-plans-en");

        browser.go("/statistics?lang=ar");
        assertThat(browser.find("#condition-returns h2").getText()).isEqualTo("العودة إلى المناطق الحمراء والبرتقالية");
        assertThat(browser.find("#planned-returns h2").getText()).isEqualTo("العودة المخططة والفعلية بحسب الخطة");
        assertThat(planRow(browser, planName)
                        .findElement(By.cssSelector(".scheduled"))
                        .getText())
                .isEqualTo("محجوب");
        show(browser, "#condition-returns");
        browser.screenshot("safe-returns/statistics-ar");
        show(browser, "#planned-returns");
        browser.screenshot("safe-returns/statistics-plans-ar");
    }

    private static WebElement planRow(Browser browser, String planName) {
        return browser.driver().findElements(By.cssSelector("#planned-returns-table tbody tr")).stream()
                .filter(row -> row.getText().contains(planName)
                        && "MASNAA".equals(row.getAttribute("data-crossing"))
                        && !row.findElement(By.cssSelector(".scheduled"))
                                .getText()
                                .equals("0"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + planName + " with its movements"));
    }

    /** A plan for this month: a thousand persons from Lebanon through Masnaa. */
    private static String plan(ApiClient coordinator, String name, LocalDate today) {
        Answer created = coordinator.post(
                "/api/v1/plans",
                Map.of(
                        "name",
                        name,
                        "startsOn",
                        today.withDayOfMonth(1).toString(),
                        "endsOn",
                        today.plusMonths(2).toString(),
                        "targets",
                        List.of(Map.of(
                                "asylumCountry",
                                "LBN",
                                "month",
                                today.toString().substring(0, 7),
                                "crossingCode",
                                "MASNAA",
                                "persons",
                                1000))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Coordinator and administrator alike: the red is refused with its problem code, and cannot be decided. */
    private static void apiCannotDepartOrDecideTheRed(List<ApiClient> callers, String movement, Household household) {
        for (ApiClient caller : callers) {
            Answer refused = caller.post(
                    "/api/v1/movements/" + movement + "/departure?force=true", Map.of("force", true, "override", true));
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("MOVEMENT_CHECK_RED");
            assertThat(fields(refused)).contains("households[" + household.reference() + "]." + AREA_CHECK);
            Answer decideRed = caller.post(
                    "/api/v1/movements/" + movement + "/decisions",
                    Map.of(
                            "householdId",
                            household.id().toString(),
                            "check",
                            AREA_CHECK,
                            "reason",
                            "The family insists",
                            "householdAcknowledged",
                            true));
            assertThat(decideRed.status())
                    .as(decideRed.body())
                    .isGreaterThanOrEqualTo(400)
                    .isLessThan(500);
            assertThat(decideRed.json().get("code").asString()).isEqualTo("CHECK_RED_NOT_DECIDABLE");
        }
    }

    private static void pageCannotDepartTheRed(Browser browser, String movement, Household household) throws Exception {
        browser.go("/movements/" + movement + "?lang=en");
        WebElement areaCheck = areaCheck(browser, household);
        assertThat(areaCheck.getText()).contains("Red").contains(RED_AREA).contains("ACTIVE_HOSTILITIES");
        assertThat(decisionForms(browser, household, AREA_CHECK)).isEmpty();
        assertThat(browser.find("#depart").getAttribute("class")).contains("blocked");
        browser.click("#confirm-departure");
        browser.submit("#depart");
        assertThat(browser.find("#page-problem").getText())
                .contains("households[" + household.reference() + "]." + AREA_CHECK);
        assertThat(browser.find("#movement-status").getAttribute("data-status")).isEqualTo("PLANNED");
        show(browser, "#page-problem");
        browser.screenshot("safe-returns/red-refused-en");

        browser.go("/movements/" + movement + "?lang=ar");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        assertThat(areaCheck(browser, household).getText()).contains("أحمر").contains(RED_AREA);
        browser.click("#confirm-departure");
        browser.submit("#depart");
        assertThat(browser.find("#page-problem").getText()).contains("لا يمكن لأحد تجاوزه");
        assertThat(browser.find("#movement-status").getAttribute("data-status")).isEqualTo("PLANNED");
        show(browser, "#page-problem");
        browser.screenshot("safe-returns/red-refused-ar");
    }

    private static void pageDepartsTheAmberOnARecordedDecision(Browser browser, String movement, Household household)
            throws Exception {
        browser.go("/movements/" + movement + "?lang=ar");
        assertThat(areaCheck(browser, household).getText())
                .contains("الأوضاع في منطقة الوجهة")
                .contains("برتقالي")
                .contains(AMBER_AREA);
        show(browser, "article[data-reference='" + household.reference() + "'] tr[data-check='" + AREA_CHECK + "']");
        browser.screenshot("safe-returns/amber-undecided-ar");

        browser.go("/movements/" + movement + "?lang=en");
        assertThat(areaCheck(browser, household).getText())
                .contains("Amber")
                .contains(AMBER_AREA)
                .doesNotContain("(decided)");
        decide(
                browser,
                decisionForms(browser, household, AREA_CHECK).get(0),
                "Told the family that no recent assessment confirms humanitarian access; they chose to travel");
        // The decision stands on the area check by name, not on "whatever is amber".
        assertThat(areaCheck(browser, household).getText())
                .contains("Conditions at the destination")
                .contains("(decided)");
        // Any other amber (likely duplicates, documents, ...) is decided the same way; nothing red is left.
        List<WebElement> others = decisionForms(browser, household, null);
        while (!others.isEmpty()) {
            decide(browser, others.get(0), "Explained to the family, who chose to travel");
            others = decisionForms(browser, household, null);
        }
        assertThat(browser.driver()
                        .findElements(
                                By.cssSelector("article[data-reference='" + household.reference() + "'] tr.level-RED")))
                .isEmpty();
        show(browser, "article[data-reference='" + household.reference() + "'] tr[data-check='" + AREA_CHECK + "']");
        browser.screenshot("safe-returns/amber-decided-en");

        browser.click("#confirm-departure");

        browser.submit("#depart");
        assertThat(browser.driver().findElements(By.id("page-problem"))).isEmpty();
        assertThat(browser.find("#departed").isDisplayed()).isTrue();
        assertThat(browser.find("#movement-status").getAttribute("data-status")).isEqualTo("DEPARTED");
        browser.screenshot("safe-returns/amber-departed-en");
        browser.go("/movements/" + movement + "?lang=ar");
        assertThat(browser.find("#movement-status").getAttribute("data-status")).isEqualTo("DEPARTED");
        browser.screenshot("safe-returns/amber-departed-ar");
    }

    private static void mapShowsBothColours(Browser browser) throws Exception {
        browser.go("/conditions?lang=en");
        waitForMap(browser);
        assertThat(fills(browser)).contains(RED_COLOUR, AMBER_COLOUR);
        assertThat(browser.find("#assessed-areas tr[data-pcode='" + RED_AREA + "'] .status")
                        .getText())
                .isEqualTo("Red");
        assertThat(browser.find("#assessed-areas tr[data-pcode='" + AMBER_AREA + "'] .status")
                        .getText())
                .isEqualTo("Amber");
        browser.click("#assessed-areas a[data-pcode='" + AMBER_AREA + "']");
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("area-status"), "Amber"));
        browser.screenshot("safe-returns/map-en");

        browser.go("/conditions?lang=ar");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        waitForMap(browser);
        assertThat(browser.find("#assessed-areas tr[data-pcode='" + RED_AREA + "'] .status")
                        .getText())
                .isEqualTo("أحمر");
        assertThat(browser.find("#assessed-areas tr[data-pcode='" + AMBER_AREA + "'] .status")
                        .getText())
                .isEqualTo("برتقالي");
        browser.click("#assessed-areas a[data-pcode='" + RED_AREA + "']");
        browser.waitFor().until(ExpectedConditions.textToBe(By.id("area-status"), "أحمر"));
        browser.screenshot("safe-returns/map-ar");
    }

    /** Scrolls an element to the middle of the window, so that the screenshot shows it. */
    private static void show(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(css));
    }

    /** Fills one decision form (reason, the household's acknowledgement) and waits for the page it leads to. */
    private static void decide(Browser browser, WebElement form, String reason) {
        form.findElement(By.cssSelector(".decision-reason")).sendKeys(reason);
        form.findElement(By.cssSelector(".decision-acknowledged")).click();
        WebElement page = browser.driver().findElement(By.tagName("html"));
        form.findElement(By.cssSelector(".decision-submit")).click();
        browser.waitFor().until(ExpectedConditions.stalenessOf(page));
        assertThat(browser.driver().findElements(By.id("page-problem"))).isEmpty();
    }

    /** The household's open decision forms, for one check or (null) for every check. */
    private static List<WebElement> decisionForms(Browser browser, Household household, String check) {
        return browser
                .driver()
                .findElements(By.cssSelector("article[data-reference='" + household.reference() + "'] .decision-form"))
                .stream()
                .filter(form -> check == null
                        || check.equals(form.findElement(By.cssSelector("input[name=check]"))
                                .getAttribute("value")))
                .toList();
    }

    private static WebElement areaCheck(Browser browser, Household household) {
        return browser.find(
                "article[data-reference='" + household.reference() + "'] tr[data-check='" + AREA_CHECK + "']");
    }

    /**
     * The coordinator's file: in the red area every red line confirmed absent but active hostilities
     * reported by a second source; in the amber area three red lines confirmed absent and humanitarian
     * access never assessed, with one index value.
     */
    private static Path assessmentFile(LocalDate today) throws Exception {
        StringBuilder file = new StringBuilder(
                "subdistrict_pcode,indicator,value,source_organisation,assessed_on," + "method,confidence\n");
        for (String redLine :
                List.of("UNSURVEYED_EXPLOSIVE_ORDNANCE", "RETURNS_BLOCKED_BY_AUTHORITY", "NO_HUMANITARIAN_ACCESS")) {
            file.append(row(RED_AREA, redLine, "no", "REACH", today.minusDays(6)));
        }
        file.append(row(RED_AREA, "ACTIVE_HOSTILITIES", "yes", "HNAP", today.minusDays(1)));
        for (String redLine :
                List.of("ACTIVE_HOSTILITIES", "UNSURVEYED_EXPLOSIVE_ORDNANCE", "RETURNS_BLOCKED_BY_AUTHORITY")) {
            file.append(row(AMBER_AREA, redLine, "no", "REACH", today.minusDays(4)));
        }
        file.append(row(AMBER_AREA, "WATER_ACCESS", "55", "REACH", today.minusDays(4)));
        file.append(row(AMBER_AREA, "HOUSING_HABITABLE", "40", "REACH", today.minusDays(4)));
        Path upload = Files.createDirectories(Path.of("target", "conditions")).resolve("safe-returns-assessment.csv");
        Files.write(upload, file.toString().getBytes(StandardCharsets.UTF_8));
        return upload;
    }

    private static String row(String area, String indicator, String value, String source, LocalDate on) {
        return String.join(",", area, indicator, value, source, on.toString(), "KEY_INFORMANTS", "HIGH") + "\n";
    }

    /** A movement today to the household's destination, with its adults' decisions recorded, re-confirmed and boarded. */
    private String readyMovement(
            ApiClient coordinator, ApiClient recorder, ApiClient confirmer, String plan, Household household) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind",
                "ORGANISED_RETURN",
                "planId",
                plan,
                "departsOn",
                conditions.today().toString(),
                "departurePoint",
                "Beirut, Cola bridge",
                "asylumCountry",
                "LBN",
                "crossingCode",
                "MASNAA",
                "destinationKind",
                "HOME",
                "vehicles",
                List.of(Map.of("label", "Bus 1", "seats", 40, "accessibleSeats", 2))));
        Answer created = coordinator.post("/api/v1/movements", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String movement = created.json().get("id").asString();
        Answer added = coordinator.post(
                "/api/v1/movements/" + movement + "/households", Map.of("reference", household.reference()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        String path = "/api/v1/voluntariness/households/" + household.id();
        String digest =
                recorder.get(path).json().path("briefing").path("digest").asString();
        for (Individual adult : household.members()) {
            Answer recorded = recorder.post(
                    path + "/members/" + adult.id() + "/records",
                    Map.of(
                            "placeType",
                            "FIELD_OFFICE",
                            "placeName",
                            "Tripoli field office",
                            "interviewLanguage",
                            "ar",
                            "readAloudBy",
                            "UNHCR protection assistant",
                            "understood",
                            true,
                            "decision",
                            "VOLUNTARY_RETURN",
                            "briefingLanguage",
                            "ar",
                            "briefingDigest",
                            digest));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        for (Individual adult : household.members()) {
            Answer confirmed = confirmer.post(
                    path + "/members/" + adult.id() + "/reconfirmations", Map.of("movementId", movement));
            assertThat(confirmed.status()).as(confirmed.body()).isIn(200, 201);
        }
        Answer boarded = recorder.post(
                "/api/v1/movements/" + movement + "/boarding",
                Map.of("scanned", slips.sign(household.reference()), "noShows", List.of()));
        assertThat(boarded.status()).as(boarded.body()).isEqualTo(200);
        return movement;
    }

    /** Two adults of a refugee household from Lebanon going home to the destination. */
    private Household household(String destination) {
        String family = "Al-Safir" + letters(System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet());
        List<IndividualDetails> members = List.of(
                new IndividualDetails(
                        "PRINCIPAL",
                        "سعيد",
                        "Said",
                        "عمر",
                        "Omar",
                        null,
                        null,
                        "الاختبار",
                        family,
                        "M",
                        "1971",
                        null,
                        null,
                        null,
                        null,
                        List.of()),
                new IndividualDetails(
                        "SPOUSE",
                        "نور",
                        "Nour",
                        "حسن",
                        "Hassan",
                        null,
                        null,
                        "الاختبار",
                        family,
                        "F",
                        "1974",
                        null,
                        null,
                        null,
                        null,
                        List.of()));
        JourneyDetails journey = new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, null);
        return households.register(
                new RegisterHouseholdRequest("Masnaa crossing", journey, members), "safe.returns.test");
    }

    /** A number written in letters, since names take no digits. */
    private static String letters(long number) {
        StringBuilder text = new StringBuilder();
        long rest = number;
        do {
            text.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return text.toString();
    }

    private String user(Role role, String... scopes) {
        String username = ("safe." + role.cliName() + "." + RUN + "." + SEQUENCE.incrementAndGet()).toLowerCase();
        users.create(username, role, PASSWORD, "Test NGO");
        if (scopes.length > 0) {
            users.setScopes(
                    username,
                    java.util.Arrays.stream(scopes).map(ScopeGrant::parse).toList());
        }
        return username;
    }

    private static void waitForMap(Browser browser) {
        browser.waitFor()
                .until(driver -> "true"
                        .equals(driver.findElement(By.id("conditions-map")).getAttribute("data-drawn")));
        browser.find("#conditions-map canvas");
    }

    private static List<String> fills(Browser browser) {
        // The map is drawn on a canvas (the SVG renderer writes style attributes the CSP refuses):
        // the colours are those of the series that hold at least one point.
        Object colours = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "return echarts.getInstanceByDom(document.getElementById('conditions-map')).getOption().series"
                                + ".filter(function (s) { return s.data && s.data.length > 0; })"
                                + ".map(function (s) { return s.itemStyle.color; });");
        return ((List<?>) colours).stream().map(String::valueOf).distinct().toList();
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
