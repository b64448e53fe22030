package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.homeward.Browser;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class StatisticsBrowserIT {

    private static final String PASSWORD = "a long statistics password";
    private static String analyst;
    private static String officer;

    @BeforeAll
    static void users() throws Exception {
        HandMadeRegistry.load();
        UserService users = StatisticsTestApplication.bean(UserService.class);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        analyst = "analyst.browser" + suffix;
        officer = "officer.browser" + suffix;
        users.create(analyst, Role.ANALYST, PASSWORD, "Information management");
        users.create(officer, Role.REGISTRATION_OFFICER, PASSWORD, "Field office");
    }

    @Test
    void showsThe2018FiguresBesideTheRegistrysOwnNumbersInEnglishAndArabic() throws Exception {
        try (Browser browser = Browser.open(StatisticsTestApplication.port())) {
            browser.signIn(analyst, PASSWORD);
            browser.go("/statistics/figures?lang=en&published=2018");
            assertThat(browser.driver().findElements(By.cssSelector("#figures-table tbody tr")))
                    .hasSize(4);
            WebElement refugees = row(browser, "REFUGEE_RETURNS", 300000);
            assertThat(refugees.findElement(By.cssSelector(".period")).getText())
                    .isEqualTo("2016-01-25 – 2018-07-25");
            assertThat(refugees.findElement(By.cssSelector(".published")).getText())
                    .isEqualTo("300,000");
            // The hand-made registry holds no return before 2024: the registry's own number for the period is 0.
            assertThat(refugees.findElement(By.cssSelector(".registry")).getText())
                    .isEqualTo("0");
            assertThat(refugees.findElement(By.cssSelector(".difference")).getText())
                    .startsWith("-300,000");
            WebElement idps = row(browser, "IDP_RETURNS", 1200000);
            assertThat(idps.findElement(By.cssSelector(".registry")).getText()).isEqualTo("0");
            WebElement places = row(browser, "RECEPTION_PLACES", 500000);
            // Places come from the reception centres' recorded history: none existed in July 2018.
            assertThat(places.findElement(By.cssSelector(".registry")).getText())
                    .isEqualTo("0");
            assertThat(places.findElement(By.cssSelector(".difference")).getText())
                    .startsWith("-500,000");
            refugees.findElement(By.tagName("summary")).click();
            assertThat(refugees.getText()).contains("Moscow Times").contains("not an independent count");
            assertThat(Files.size(browser.screenshot("statistics-figures-en"))).isPositive();

            browser.go("/statistics/figures?lang=ar&published=2018");
            browser.waitFor().until(driver -> "rtl".equals(browser.attributeOfPage("dir")));
            assertThat(browser.find("h1").getText()).isEqualTo("الأرقام المنشورة إلى جانب أرقام السجل");
            assertThat(row(browser, "REFUGEE_RETURNS", 300000).getText()).contains("عودة اللاجئين من الخارج");
            browser.screenshot("statistics-figures-ar");
        }
    }

    @Test
    void drawsTheDashboardChartsLeftToRightAndRightToLeft() throws Exception {
        try (Browser browser = Browser.open(StatisticsTestApplication.port())) {
            browser.signIn(analyst, PASSWORD);
            browser.go("/statistics?lang=en&from=2024-01-01&to=2024-12-31");
            // 11 refugee returns in 2024 are shown; 4 IDP returns are below 5 and hidden.
            assertThat(browser.find("#headline-0 .count").getText()).isEqualTo("11");
            assertThat(browser.find("#headline-1 .count").getText()).isEqualTo("hidden");
            // Reception occupancy comes from the reception feature: a count (shown or hidden), never "not available".
            assertThat(browser.driver().findElements(By.cssSelector("#headline-reception .count")))
                    .hasSize(1);
            waitForCharts(browser);
            assertThat(browser.driver().findElements(By.cssSelector("#chart-time-card .chart-table tbody tr")))
                    .hasSize(12);
            browser.screenshot("statistics-dashboard-en");

            browser.go("/statistics?lang=ar&from=2024-01-01&to=2024-12-31&grain=year");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            waitForCharts(browser);
            assertThat(browser.find("h1").getText()).isEqualTo("حالات العودة كما يحصيها السجل");
            browser.screenshot("statistics-dashboard-ar");
        }
    }

    @Test
    void analystsRecordFiguresAndOfficersOnlyReadThem() throws Exception {
        try (Browser browser = Browser.open(StatisticsTestApplication.port())) {
            browser.signIn(analyst, PASSWORD);
            browser.go("/statistics/figures?lang=en");
            browser.type("#value", "12,345");
            browser.type("#periodFrom", "01/01/2024");
            browser.type("#periodTo", "12/31/2024");
            browser.type("#sourceOrganisation", "Browser test agency");
            browser.type("#publishedOn", "02/01/2025");
            browser.type("#citation", "Browser test agency, returns report 2024");
            browser.click("#figure-submit");
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("figures-table"), "Browser test agency"));
            WebElement recorded = row(browser, "REFUGEE_RETURNS", 12345);
            assertThat(recorded.findElement(By.cssSelector(".registry")).getText())
                    .isEqualTo("11");
        }
        try (Browser browser = Browser.open(StatisticsTestApplication.port())) {
            browser.signIn(officer, PASSWORD);
            browser.go("/statistics/figures?lang=en");
            browser.find("#figures-table");
            assertThat(browser.driver().findElements(By.id("figure-form"))).isEmpty();
        }
    }

    private static WebElement row(Browser browser, String indicator, long published) {
        return browser.find(
                "#figures-table tr[data-indicator='" + indicator + "'][data-published='" + published + "']");
    }

    private static void waitForCharts(Browser browser) {
        for (String chart : new String[] {
            "chart-time", "chart-map", "chart-areas", "chart-countries", "chart-ages", "chart-crossings"
        }) {
            browser.waitFor().until(ExpectedConditions.attributeToBe(By.id(chart), "data-loaded", "true"));
        }
    }
}
