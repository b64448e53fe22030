package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.places.Place;
import org.homeward.places.PlaceLookup;
import org.homeward.reception.Centre;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The maps over the outline of Syria and its neighbours, in English and Arabic: the returns map of
 * the dashboard, the centres drawn as named points, and a centre's location picked from its town or
 * by a click on the map, with no error in the browser's console.
 */
@HomewardTest
class MapsBrowserIT {

    private static final String PASSWORD = "a long map reading password";
    /** Countries in the outline file: Syria and its seven neighbours. */
    private static final int COUNTRIES = 8;

    @Autowired
    UserService users;

    @Autowired
    CentreService centres;

    @LocalServerPort
    int port;

    @BeforeAll
    static void screenshots() throws Exception {
        Files.createDirectories(Path.of("target", "screenshots", "admin"));
    }

    @Test
    void theReturnsMapAndTheCentresMapDrawTheOutlineAndTheCentresNamesInBothLanguages() throws Exception {
        String coordinator = "coordinator.maps" + System.nanoTime() % 1_000_000;
        users.create(coordinator, Role.COORDINATOR, PASSWORD, "Returns coordination");
        Place daraya = PlaceLookup.shipped().area("SY030200").orElseThrow();
        String code = "MAP-" + System.nanoTime() % 1_000_000;
        centres.create(
                new CentreRequest(
                        code,
                        "Map centre " + code,
                        "مركز الخريطة " + code,
                        null,
                        null,
                        daraya.pcode(),
                        daraya.latitude(),
                        daraya.longitude(),
                        50,
                        10,
                        2,
                        List.of(),
                        true,
                        null),
                "maps.test");

        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, PASSWORD);
            for (String language : List.of("en", "ar")) {
                browser.go("/statistics?lang=" + language);
                browser.waitFor()
                        .until(driver -> "true"
                                .equals(driver.findElement(By.id("chart-map")).getAttribute("data-loaded")));
                assertThat(browser.find("#chart-map canvas")).isNotNull();
                assertThat(outlineCountries(browser, "chart-map"))
                        .as("the countries of the outline")
                        .isEqualTo(COUNTRIES);
                assertThat(browser.find("#chart-map-card .attribution").getText())
                        .containsIgnoringCase("Natural Earth");
                noConsoleErrors(browser);
                script(browser, "document.getElementById('chart-map').scrollIntoView()");
                browser.screenshot("admin/returns-map-" + language);

                browser.go("/centres?text=" + code + "&lang=" + language);
                browser.waitFor()
                        .until(driver -> "true"
                                .equals(driver.findElement(By.id("centres-map")).getAttribute("data-drawn")));
                assertThat(browser.find("#centres-map").getAttribute("data-points"))
                        .isEqualTo("1");
                assertThat(outlineCountries(browser, "centres-map")).isEqualTo(COUNTRIES);
                @SuppressWarnings("unchecked")
                List<String> labels = (List<String>)
                        script(
                                browser,
                                "return echarts.getInstanceByDom(document.getElementById("
                                        + "'centres-map')).getOption().series[0].data.map(function (d) { return d.label.formatter; });");
                assertThat(labels)
                        .as("the centre's name in the page's language, with its occupancy")
                        .containsExactly((language.equals("ar") ? "مركز الخريطة " : "Map centre ") + code + " (0/50)");
                noConsoleErrors(browser);
                script(browser, "document.getElementById('centres-map').scrollIntoView()");
                browser.screenshot("admin/centres-map-" + language);
            }
        }
    }

    @Test
    void aCentresLocationComesFromItsTownOrFromAClickOnTheMap() throws Exception {
        String coordinator = "coordinator.location" + System.nanoTime() % 1_000_000;
        users.create(coordinator, Role.COORDINATOR, PASSWORD, "Returns coordination");
        Place town = PlaceLookup.shipped().area("SY030200").orElseThrow();
        String code = "LOC-" + System.nanoTime() % 1_000_000;

        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, PASSWORD);
            browser.go("/centres/new?lang=ar");
            browser.waitFor()
                    .until(driver -> "true"
                            .equals(driver.findElement(By.id("location-map")).getAttribute("data-drawn")));
            assertThat(browser.find("#latitude").getAttribute("readonly")).isNotNull();
            WebElement map = browser.find("#location-map");
            new Actions(browser.driver()).moveToElement(map, -80, 0).click().perform();
            double westLatitude = Double.parseDouble(browser.find("#latitude").getAttribute("value"));
            double westLongitude = Double.parseDouble(browser.find("#longitude").getAttribute("value"));
            new Actions(browser.driver()).moveToElement(map, 80, 0).click().perform();
            double eastLatitude = Double.parseDouble(browser.find("#latitude").getAttribute("value"));
            double eastLongitude = Double.parseDouble(browser.find("#longitude").getAttribute("value"));
            assertThat(eastLongitude)
                    .as("a click further right is further east, in Arabic too")
                    .isGreaterThan(westLongitude + 0.2);
            assertThat(eastLatitude).as("on the same line").isCloseTo(westLatitude, within(0.05));
            assertThat(westLongitude).as("inside Syria's frame").isBetween(35.5, 42.5);
            assertThat(eastLongitude).isBetween(35.5, 42.5);
            assertThat(westLatitude).isBetween(32.0, 37.5);
            noConsoleErrors(browser);
            script(browser, "document.getElementById('location-map').scrollIntoView()");
            browser.screenshot("admin/centre-location-map-ar");

            browser.go("/centres/new?lang=en");
            browser.type("#town-choice", town.nameEn() + " · " + town.pcode());
            assertThat(browser.find("#pcode").getAttribute("value")).isEqualTo(town.pcode());
            assertThat(browser.find("#townAr").getAttribute("value")).isEqualTo(town.nameAr());
            browser.type("#code", code);
            browser.type("#nameEn", "Located centre");
            browser.type("#nameAr", "مركز محدد الموقع");
            browser.type("#capacityPersons", "40");
            browser.type("#capacityFamilies", "8");
            browser.type("#accessibleUnits", "1");
            browser.screenshot("admin/centre-location-town-en");
            noConsoleErrors(browser);
            browser.submit("#save-centre");
            assertThat(browser.driver().getCurrentUrl()).contains("/centres/" + code);
        }
        Centre saved = centres.find(code).centre();
        assertThat(saved.latitude()).isCloseTo(town.latitude(), within(0.00001));
        assertThat(saved.longitude()).isCloseTo(town.longitude(), within(0.00001));
        assertThat(saved.pcode()).isEqualTo(town.pcode());
    }

    /** The countries of the outline the map is drawn on, as ECharts registered them, once the map uses it. */
    private static long outlineCountries(Browser browser, String element) {
        Object countries = script(
                browser,
                "var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                        + "var map = echarts.getMap('syria-and-neighbours');"
                        + "if (!chart || !map || chart.getOption().geo[0].map !== 'syria-and-neighbours') { return 0; }"
                        + "return (map.geoJSON || map.geoJson).features.length;",
                element);
        return ((Number) countries).longValue();
    }

    private static Object script(Browser browser, String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    private static void noConsoleErrors(Browser browser) {
        List<String> errors = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // The browser asks for a favicon by itself; the application has none.
                .filter(message -> !message.contains("/favicon.ico"))
                .toList();
        assertThat(errors).isEmpty();
    }
}
