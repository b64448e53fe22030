package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer imports a KoBo-style workbook with an HXL hashtag row on the import page, sees a bad
 * file refused row by row, records a new intention on a household's page, and reads the figures,
 * in English and in Arabic, in a real browser.
 */
@HomewardTest
class IntentionBrowserIT {

    private static final String PASSWORD = "intentions browser password";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @LocalServerPort
    int port;

    @Test
    void importsAKoboWorkbookWithAnHxlRowThenRecordsAnIntentionAndReadsTheFiguresInEnglishAndArabic() throws Exception {
        String officer = "intentions.browser." + IntentionTestData.RUN.toLowerCase();
        users.create(officer, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(officer, List.of(ScopeGrant.parse("area:SY01")));
        String document = IntentionTestData.documentNumber();
        List<Household> family = List.of(
                IntentionTestData.household(households, "LBN", "SY010000", 3, null),
                IntentionTestData.household(households, "LBN", "SY010000", 4, null),
                IntentionTestData.household(households, "TUR", "SY010000", 5, document));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Damascus"));
        Path workbook = Files.createDirectories(Path.of("target", "intentions"))
                .resolve("kobo-intentions-" + IntentionTestData.RUN + ".xlsx");
        Files.write(
                workbook,
                SurveyFiles.xlsx(List.of(
                        List.of(
                                "start",
                                "household_reference",
                                "document_number",
                                "return_intention",
                                "return_destination",
                                "return_conditions",
                                "go_and_see",
                                "today",
                                "_uuid"),
                        List.of(
                                "",
                                "#case+id",
                                "#meta+document",
                                "#intent+return",
                                "#adm3+dest+name",
                                "#need+return",
                                "#intent+visit",
                                "#date+interview",
                                "#meta+id"),
                        row(
                                family.get(0).reference(),
                                "",
                                "within_3_months",
                                "SY010000",
                                "safety housing",
                                "yes",
                                today,
                                "1"),
                        row(family.get(1).reference(), "", "within_12_months", "", "services", "no", today, "2"),
                        row("", document, "within_3_months", "SY0100", "documents", "no", today, "3"))));
        Path bad = workbook.resolveSibling("kobo-intentions-bad-" + IntentionTestData.RUN + ".xlsx");
        Files.write(
                bad,
                SurveyFiles.xlsx(List.of(
                        List.of("household_reference", "return_intention", "return_destination", "today"),
                        List.of("#case+id", "#intent+return", "#adm3+dest+name", "#date+interview"),
                        List.of(family.get(0).reference(), "perhaps", "SY010000", today.toString()),
                        List.of(family.get(1).reference(), "no", "Atlantis", today.toString()))));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/intentions/import?lang=en");
            assertThat(new Select(browser.find("#mapping"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo(ColumnMappings.STANDARD);
            browser.find("#file").sendKeys(workbook.toAbsolutePath().toString());
            browser.submit("#import-button");
            assertThat(browser.find("#import-outcome").getText())
                    .isEqualTo("3 rows read: 3 intentions recorded, 0 already recorded by an earlier import.");
            assertThat(browser.find("#import-header").getText())
                    .contains(
                            "Header of column names",
                            "with an HXL hashtag row",
                            "2 rows matched by reference, 1 by document number");
            browser.screenshot("intentions-import-en");

            browser.find("#file").sendKeys(bad.toAbsolutePath().toString());
            browser.submit("#import-button");
            assertThat(browser.find("#import-refused").getText()).contains("Nothing was imported: 2 problems");
            List<String> problemRows =
                    browser.driver().findElements(By.cssSelector("#import-problems tbody tr")).stream()
                            .map(row -> row.getText())
                            .toList();
            assertThat(problemRows).hasSize(2);
            assertThat(problemRows.get(0)).startsWith("3 return_intention").contains("perhaps");
            assertThat(problemRows.get(1)).startsWith("4 return_destination");
            browser.screenshot("intentions-import-refused-en");

            browser.go("/households/" + family.get(0).id() + "?lang=en");
            browser.submit("#household-intentions");
            assertThat(browser.find("#intention-history").getText())
                    .contains("Return within 3 months", "Safety", "Housing", "Survey import");
            new Select(browser.find("#intention")).selectByValue("UNDECIDED");
            browser.click("#condition-SAFETY");
            browser.submit("#record-intention");
            assertThat(browser.find("#intention-recorded").getText()).contains("recorded");
            List<String> history = browser.driver().findElements(By.cssSelector("#intention-history tbody tr")).stream()
                    .map(row -> row.getText())
                    .toList();
            assertThat(history).hasSize(2);
            assertThat(history.get(0)).contains("Undecided", "current", "Form", officer);
            assertThat(history.get(1)).contains("Return within 3 months", "superseded");
            browser.screenshot("intentions-household-en");

            browser.go("/intentions/import?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("h1").getText()).isEqualTo("استيراد مسح النوايا");
            browser.find("#file").sendKeys(workbook.toAbsolutePath().toString());
            browser.submit("#import-button");
            assertThat(browser.find("#import-outcome").getText())
                    .isEqualTo("قُرئ 3 صفوف: سُجّلت 0 نية، و3 مسجلة من استيراد سابق.");
            assertThat(browser.find("#import-header").getText()).contains("مع صف وسوم HXL");
            browser.screenshot("intentions-import-again-ar");

            browser.go("/households/" + family.get(0).id() + "/intentions?lang=ar");
            assertThat(browser.find("#intention-history").getText())
                    .contains("لم تقرر بعد", "الحالية", "مستبدلة", "الأمان");
            browser.screenshot("intentions-household-ar");

            browser.go("/intentions/figures?lang=ar");
            assertThat(browser.find("h1").getText()).isEqualTo("أرقام نوايا العودة");
            browser.find("#intention-chart");
            assertThat(browser.find("#intending-table").getText()).contains("لبنان");
            browser.screenshot("intentions-figures-ar");
            browser.go("/intentions/figures?lang=en");
            assertThat(browser.find("#intending-table").getText()).contains("Lebanon");
            browser.screenshot("intentions-figures-en");
        }
    }

    private static List<Object> row(
            String reference,
            String document,
            String intention,
            String destination,
            String conditions,
            String goAndSee,
            LocalDate day,
            String submission) {
        List<Object> cells = new ArrayList<>(List.of(
                "2026-01-01T08:00:00.000+02:00", reference, document, intention, destination, conditions, goAndSee));
        cells.add(day);
        cells.add("uuid-" + IntentionTestData.RUN + "-browser-" + submission);
        return cells;
    }
}
