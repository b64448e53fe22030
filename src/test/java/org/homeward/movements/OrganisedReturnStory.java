package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.homeward.ApiClient;
import org.homeward.Browser;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.Individual;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.MessageSource;

/**
 * The set-up and the page-independent helpers of the organised-return browser test: the green
 * destination's area assessments, the ten households, the KoBo-style survey workbook, the words of
 * the bundles in English and Arabic, and screenshots of each step in both languages.
 */
final class OrganisedReturnStory {

    /** A sub-district whose every red line is recorded absent, so that its households' area check is green. */
    static final String GREEN_AREA = "SY020304";
    /** Persons per household: a couple with a son, two couples, and seven adults alone (14 persons). */
    static final int[] SIZES = {3, 2, 2, 1, 1, 1, 1, 1, 1, 1};

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "organised-return");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final List<String> RED_LINES = List.of(
            "ACTIVE_HOSTILITIES",
            "UNSURVEYED_EXPLOSIVE_ORDNANCE",
            "RETURNS_BLOCKED_BY_AUTHORITY",
            "NO_HUMANITARIAN_ACCESS");
    private final MessageSource messages;

    OrganisedReturnStory(MessageSource messages) {
        this.messages = messages;
    }

    /** Every red line confirmed absent in the destination sub-district, imported by a coordinator through the API. */
    static void recordGreenAssessments(int port, UserService users) {
        LocalDate assessed = LocalDate.now(MovementTestData.SYRIA).minusDays(5);
        StringBuilder file = new StringBuilder(
                "subdistrict_pcode,indicator,value,source_organisation,assessed_on," + "method,confidence\n");
        for (String redLine : RED_LINES) {
            file.append(String.join(
                            ",", GREEN_AREA, redLine, "no", "HNAP", assessed.toString(), "KEY_INFORMANTS", "HIGH"))
                    .append('\n');
        }
        ApiClient.Answer imported = MovementTestData.client(port, users, Role.COORDINATOR)
                .postText("/api/v1/conditions/assessments", "text/csv", file.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    /** The ten households, registered through the registry's service as the field offices would have. */
    static List<Household> registerHouseholds(HouseholdCommands households) {
        List<Household> registered = new ArrayList<>();
        for (int size : SIZES) {
            registered.add(MovementTestData.household(households, GREEN_AREA, size, Set.of()));
        }
        return registered;
    }

    /**
     * The intention survey as KoBo Toolbox exports it to XLSX with groups in the headers: row 1 the
     * column names (meta columns, {@code return/...} for the questions of the group), row 2 the
     * form's HXL hashtags, then one submission per household.
     */
    static Path koboWorkbook(List<Household> households, String run) throws IOException {
        LocalDate today = LocalDate.now(MovementTestData.SYRIA);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                "start",
                "end",
                "today",
                "household_reference",
                "return/intends_to_return",
                "return/destination",
                "return/conditions",
                "return/go_and_see",
                "_id",
                "_uuid",
                "_submission_time"));
        rows.add(List.of(
                "#date+start",
                "#date+end",
                "#date+interview",
                "#household+ref",
                "#intent+return",
                "#adm3+dest+code",
                "#need+return",
                "#intent+visit",
                "",
                "#meta+uuid",
                "#date+submitted"));
        for (int i = 0; i < households.size(); i++) {
            rows.add(List.of(
                    "2026-01-05T09:0" + (i % 10) + ":00.000+02:00",
                    "2026-01-05T09:3" + (i % 10) + ":00.000+02:00",
                    today,
                    households.get(i).reference(),
                    i % 3 == 2 ? "later" : "soon",
                    GREEN_AREA,
                    i % 2 == 0 ? "secure house" : "house",
                    i % 2 == 0 ? "yes" : "no",
                    1000 + i,
                    "kobo-" + run + "-" + i,
                    "2026-01-05T10:00:00"));
        }
        Path workbook =
                Files.createDirectories(Path.of("target", "intentions")).resolve("kobo-return-" + run + ".xlsx");
        Files.write(workbook, SurveyFiles.xlsx(rows));
        return workbook;
    }

    /** The column mapping an information manager would save for that form, by names and by hashtags. */
    static String koboMapping() {
        return """
                {"columns": {
                   "REFERENCE": ["#household+ref", "household_reference"],
                   "INTENTION": ["intends_to_return"],
                   "DESTINATION": ["#adm3+code+dest"],
                   "CONDITIONS": ["return/conditions"],
                   "GO_AND_SEE": ["go_and_see"],
                   "STATED_ON": ["today"],
                   "SUBMISSION_ID": ["_uuid"]},
                 "choices": {
                   "INTENTION": {"soon": "WITHIN_3_MONTHS", "later": "WITHIN_12_MONTHS", "never": "NOT_INTENDING"},
                   "CONDITIONS": {"secure": "SAFETY", "house": "HOUSING"}}}""";
    }

    /** A bundle's words in English, with the arguments given. */
    String english(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    /** A bundle's words in Arabic, checked to be Arabic script rather than an English fallback. */
    String arabic(String key, Object... arguments) {
        String text = messages.getMessage(key, arguments, ARABIC);
        assertThat(text)
                .as("Arabic words for %s", key)
                .isNotEqualTo(english(key, arguments))
                .containsPattern("\\p{IsArabic}");
        return text;
    }

    /** Scrolls the element the step is about into the middle of the window, then takes the screenshot. */
    static void screenshot(Browser browser, String name, String css) throws IOException {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(css));
        screenshot(browser, name);
    }

    /** Saves what the browser shows under target/screenshots/organised-return/NAME.png. */
    static void screenshot(Browser browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(
                SCREENSHOTS.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    /** Screenshots the page in English, then opens it in Arabic, checks it is right to left with the heading given, and screenshots it. */
    void inBothLanguages(Browser browser, String path, String name, String headingCss, String arabicHeadingKey)
            throws IOException {
        browser.go(path + (path.contains("?") ? "&" : "?") + "lang=en");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("ltr");
        assertThat(browser.find(headingCss).getText()).contains(english(arabicHeadingKey));
        screenshot(browser, name + "-en");
        browser.go(path + (path.contains("?") ? "&" : "?") + "lang=ar");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        assertThat(browser.find(headingCss).getText()).contains(arabic(arabicHeadingKey));
        screenshot(browser, name + "-ar");
    }

    /** Types the code into the scan field and presses Enter, as a USB scanner does, and waits for the answer. */
    static void scan(Browser browser, String code) {
        List<WebElement> before = browser.driver().findElements(By.id("slip-choice"));
        WebElement field = browser.find("#scan");
        field.clear();
        field.sendKeys(code + Keys.ENTER);
        if (!before.isEmpty()) {
            browser.waitFor().until(ExpectedConditions.stalenessOf(before.get(0)));
        }
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("slip-choice")));
    }

    /** The adults of a test household: its first two members at most, born in the 1970s; the rest are children. */
    static List<Individual> adults(Household household) {
        return household.members().subList(0, Math.min(2, household.members().size()));
    }

    /** A slip code with the last character of its signature changed, as a forger guessing it would write. */
    static String forge(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    /** Sets a date or month field as the browser's own picker would (typing into it depends on the browser's locale). */
    static void value(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
