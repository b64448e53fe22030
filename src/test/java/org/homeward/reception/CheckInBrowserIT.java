package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reception manager checks households in and out on the centre board, in English and Arabic, in a real browser. */
@HomewardTest
class CheckInBrowserIT {

    /** Hamam Wasil, a sub-district no other test opens a centre in. */
    private static final String HAMAM_WASIL = "SY100603";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    CentreService centres;

    @Autowired
    ReceptionForecastService forecasts;

    @LocalServerPort
    int port;

    @Test
    void checksInTheExpectedHouseholdThenPartOfAnotherWhoseSonJoinsLaterThenChecksOut() throws Exception {
        String manager = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        String code = centres.create(
                        new CentreRequest(
                                ReceptionTestData.unique("WEB"),
                                "Hamam Wasil reception centre",
                                "مركز استقبال حمام واصل",
                                null,
                                null,
                                HAMAM_WASIL,
                                35.0775,
                                36.0739,
                                20,
                                5,
                                1,
                                java.util.List.of("WATER", "HEALTH_POINT"),
                                true,
                                null),
                        "test")
                .code();
        Household expected = ReceptionTestData.household(households, HAMAM_WASIL, forecasts.today(), 4, Set.of(3));
        Household walkIn = ReceptionTestData.household(households, 3);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(manager, ReceptionTestData.PASSWORD);
            browser.go("/centres/" + code);
            browser.find("#occupancy-chart canvas");
            assertThat(browser.find("#expected-" + expected.reference()).getText())
                    .contains("Mohammad Ali");
            browser.screenshot("reception-board-before-en");

            browser.click("#expected-" + expected.reference() + " .check-in-expected");
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("occupied-persons"), "4"));
            assertThat(browser.find("#board-notice").getText()).contains("4");
            assertThat(browser.find("#residents-table").getText()).contains(expected.reference());
            assertThat(browser.find("#free-accessible-units").getText()).isEqualTo("0");

            browser.type("#arrival-reference", walkIn.reference());
            browser.click("#arrival-lookup-button");
            browser.find("#check-in-form");
            java.util.List<WebElement> boxes =
                    browser.driver().findElements(By.cssSelector("#check-in-form .member-box"));
            assertThat(boxes).hasSize(3);
            boxes.get(2).click();
            browser.type("#check-in-reason", "Their son stays with an uncle in Hama");
            browser.screenshot("reception-partial-check-in-en");
            browser.click("#check-in-button");
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("occupied-persons"), "6"));
            WebElement walkInRow = browser.find("#stay-" + walkIn.reference());
            assertThat(walkInRow.getText()).contains("2 / 3");

            // The son arrives the next day and joins his family's stay.
            walkInRow.findElement(By.cssSelector(".join-stay summary")).click();
            java.util.List<WebElement> absent =
                    walkInRow.findElements(By.cssSelector(".join-form input[name=memberIds]"));
            assertThat(absent).hasSize(1);
            absent.get(0).click();
            walkInRow.findElement(By.name("note")).sendKeys("Came from Hama with his uncle");
            browser.screenshot("reception-members-join-en");
            walkInRow.findElement(By.cssSelector(".join-button")).click();
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("occupied-persons"), "7"));
            assertThat(browser.find("#board-notice").getText()).contains("3");
            assertThat(browser.find("#stay-" + walkIn.reference()).getText())
                    .doesNotContain("3 / 3")
                    .doesNotContain("Part of the household");
            assertThat(browser.find("#stay-" + walkIn.reference()).findElements(By.cssSelector(".join-stay")))
                    .isEmpty();

            WebElement expectedRow = browser.find("#stay-" + expected.reference());
            expectedRow.findElement(By.tagName("summary")).click();
            new Select(expectedRow.findElement(By.name("outcome"))).selectByValue("RETURNED_HOME");
            expectedRow.findElement(By.cssSelector(".check-out-button")).click();
            browser.waitFor().until(ExpectedConditions.textToBe(By.id("occupied-persons"), "3"));
            assertThat(householdQueries.find(expected.id()).journey().status().name())
                    .isEqualTo("RETURNED_HOME");
            browser.screenshot("reception-board-after-en");

            browser.go("/centres/" + code + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("#centre-name").getText()).isEqualTo("مركز استقبال حمام واصل");
            assertThat(browser.find("#residents h2").getText()).startsWith("المقيمون هنا");
            browser.find("#occupancy-chart canvas");
            browser.screenshot("reception-board-ar");

            browser.driver().manage().window().setSize(new Dimension(800, 1150));
            browser.go("/centres?text=" + code);
            assertThat(browser.find("#centre-table").getText()).contains("مركز استقبال حمام واصل");
            browser.screenshot("reception-centres-tablet-ar");
            browser.go("/forecast?lang=en");
            assertThat(browser.find("h1").getText()).isEqualTo("Free places against planned arrivals");
            browser.screenshot("reception-forecast-tablet-en");
        }
    }
}
