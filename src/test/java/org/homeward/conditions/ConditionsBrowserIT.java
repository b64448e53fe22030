package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator imports assessments that make an area red, and the map shows the colours, in English and Arabic. */
@HomewardTest
class ConditionsBrowserIT {

    private static final String PASSWORD = "a long conditions password";
    /** Al-Thawrah: made red by the import. */
    private static final String RED_AREA = "SY110300";
    /** Jurneyyeh: every red line confirmed absent beforehand. */
    private static final String GREEN_AREA = "SY110302";

    @Autowired
    UserService users;

    @Autowired
    AssessmentImportService imports;

    @Autowired
    ConditionsService conditions;

    @LocalServerPort
    int port;

    @Test
    void anImportMakesAnAreaRedAndTheMapShowsTheColoursInBothLanguages() throws Exception {
        String coordinator = "coordinator.conditions" + System.nanoTime() % 1_000_000;
        users.create(coordinator, Role.COORDINATOR, PASSWORD, "Returns coordination");
        LocalDate today = conditions.today();
        imports.importFile(file(GREEN_AREA, "no", today.minusDays(8)), "test");
        imports.importFile(file(RED_AREA, "no", today.minusDays(30)), "test");
        assertThat(conditions.of(RED_AREA, today).status()).isEqualTo(AreaStatus.GREEN);
        Path upload = Files.createDirectories(Path.of("target", "conditions")).resolve("hostilities.csv");
        Files.write(
                upload,
                ("subdistrict_pcode,indicator,value,source_organisation,assessed_on,method,confidence\n"
                                + RED_AREA + ",ACTIVE_HOSTILITIES,yes,HNAP," + today.minusDays(2) + ",REMOTE,MEDIUM\n"
                                + RED_AREA + ",WATER_ACCESS,80,HNAP," + today.minusDays(2) + ",REMOTE,MEDIUM\n")
                        .getBytes(StandardCharsets.UTF_8));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, PASSWORD);
            browser.go("/conditions/import?lang=en");
            browser.driver()
                    .findElement(By.id("file"))
                    .sendKeys(upload.toAbsolutePath().toString());
            browser.submit("#import-button");
            assertThat(browser.find("#import-report").getText())
                    .isEqualTo("2 rows read: 2 values added, 0 already recorded.");
            browser.screenshot("conditions-import-en");

            browser.go("/conditions?lang=en");
            waitForMap(browser);
            assertThat(fills(browser)).contains("#b3261e", "#2e7d32");
            WebElement redRow = browser.find("#assessed-areas tr[data-pcode='" + RED_AREA + "']");
            assertThat(redRow.findElement(By.cssSelector(".status")).getText()).isEqualTo("Red");
            assertThat(browser.find("#assessed-areas tr[data-pcode='" + GREEN_AREA + "'] .status")
                            .getText())
                    .isEqualTo("Green");
            browser.click("#assessed-areas a[data-pcode='" + RED_AREA + "']");
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("area-status"), "Red"));
            assertThat(browser.find("#red-lines-present").getText()).contains("Active hostilities");
            assertThat(browser.find("#current-values").getText())
                    .contains("HNAP")
                    .contains("REACH");
            browser.screenshot("conditions-map-en");

            browser.go("/conditions?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            waitForMap(browser);
            assertThat(browser.find("h1").getText()).isEqualTo("ظروف مناطق الوجهة");
            browser.click("#assessed-areas a[data-pcode='" + RED_AREA + "']");
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("area-status"), "أحمر"));
            assertThat(browser.find("#red-lines-present").getText()).contains("أعمال قتالية جارية");
            browser.screenshot("conditions-map-ar");
        }
    }

    @Test
    void aBadFileIsRefusedWithItsRowColumnAndReasonOnThePage() throws Exception {
        String coordinator = "coordinator.badfile" + System.nanoTime() % 1_000_000;
        users.create(coordinator, Role.COORDINATOR, PASSWORD, "Returns coordination");
        Path upload = Files.createDirectories(Path.of("target", "conditions")).resolve("bad-value.csv");
        Files.write(
                upload,
                ("subdistrict_pcode,indicator,value,source_organisation,assessed_on,method,confidence\n"
                                + "SY110301,WATER_ACCESS,50,REACH,2026-11-01,REMOTE,LOW\n"
                                + "SY110301,ACTIVE_HOSTILITIES,perhaps,REACH,2026-11-01,REMOTE,LOW\n")
                        .getBytes(StandardCharsets.UTF_8));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, PASSWORD);
            browser.go("/conditions/import?lang=ar");
            browser.driver()
                    .findElement(By.id("file"))
                    .sendKeys(upload.toAbsolutePath().toString());
            browser.submit("#import-button");
            List<WebElement> cells = browser.find("#import-problems tbody tr").findElements(By.tagName("td"));
            assertThat(cells.get(0).getText()).isEqualTo("3");
            assertThat(cells.get(1).getText()).isEqualTo("value");
            assertThat(cells.get(2).getText()).contains("قيمة الخط الأحمر \u2066yes\u2069 أو \u2066no\u2069");
            browser.screenshot("conditions-import-refused-ar");
        }
        assertThat(conditions.of("SY110301", conditions.today()).readings()).isEmpty();
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

    private static byte[] file(String area, String value, LocalDate on) {
        StringBuilder file = new StringBuilder(
                "subdistrict_pcode,indicator,value,source_organisation,assessed_on," + "method,confidence\n");
        for (String redLine : ConditionsProperties.DEFAULT_RED_LINES) {
            file.append(String.join(",", area, redLine, value, "REACH", on.toString(), "KEY_INFORMANTS", "HIGH"))
                    .append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }
}
