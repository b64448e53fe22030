package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.JourneyStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, English and Arabic: an officer boards households by typing slip codes into
 * the scan field as a USB scanner would (a forged one refused), a reception manager closes the
 * arrival with one person missing, and the reconciliation page and the coordinators' queue show
 * the alert.
 */
@HomewardTest
class BoardingBrowserIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    SlipCodes slipCodes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void boardsBySlipCodesRefusesAForgedOneAndReconcilesAnArrivalWithOnePersonMissing() throws Exception {
        String officer = BoardingTestData.user(users, Role.REGISTRATION_OFFICER);
        String manager = BoardingTestData.user(users, Role.RECEPTION_MANAGER);
        String coordinator = BoardingTestData.user(users, Role.COORDINATOR);
        UUID movement = BoardingTestData.movement(jdbc, LocalDate.now(clock), "HOME");
        Household first = BoardingTestData.household(households, "SY010000", 3);
        Household second = BoardingTestData.household(households, "SY010000", 3);
        Household third = BoardingTestData.household(households, "SY010000", 2);
        for (Household household : List.of(first, second, third)) {
            BoardingTestData.onManifest(jdbc, movement, household);
        }
        String boardingPage = "/movements/" + movement + "/boarding";

        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, BoardingTestData.PASSWORD);
            browser.go(boardingPage + "?lang=en");
            assertThat(browser.find("h1").getText()).isEqualTo("Boarding");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("scan");

            scan(browser, slip(first));
            assertThat(browser.find("#chosen-reference").getText()).isEqualTo(first.reference());
            browser.screenshot("boarding-chooser-en");
            board(browser, first.reference());
            assertThat(browser.find("#count-boarded").getText()).isEqualTo("3");

            String forged = "HW1." + second.reference() + ".AAAAAAAAAAAAAAAAAAAAAAAA";
            browser.expectRefusal("/boarding/slip");
            scan(browser, forged);
            WebElement refusal = browser.find("#slip-choice #refusal");
            assertThat(refusal.getText()).contains("signature does not match");
            assertThat(browser.driver().findElements(By.id("board-form"))).isEmpty();
            browser.screenshot("boarding-forged-refused-en");

            scan(browser, slip(second));
            List<WebElement> noShowBoxes = browser.driver().findElements(By.cssSelector("#board-form .no-show-box"));
            assertThat(noShowBoxes).hasSize(3);
            noShowBoxes.get(2).click();
            board(browser, second.reference());
            assertThat(browser.find("#boarding-notice").getText()).contains("2 boarded, 1 did not come");
            browser.screenshot("boarding-manifest-en");

            browser.go(boardingPage + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("h1").getText()).isEqualTo("الصعود");
            scan(browser, "HW1." + third.reference() + ".ZZZZZZZZZZZZZZZZZZZZZZZZ");
            assertThat(browser.find("#slip-choice #refusal").getText()).contains("توقيع الإيصال لا يطابق");
            browser.screenshot("boarding-forged-refused-ar");
            scan(browser, slip(third));
            board(browser, third.reference());
            assertThat(browser.find("#count-boarded").getText()).isEqualTo("7");
            browser.screenshot("boarding-manifest-ar");
        }
        assertThat(householdQueries.find(third.id()).journey().status()).isEqualTo(JourneyStatus.IN_TRANSIT);
        BoardingTestData.depart(jdbc, movement);

        UUID missing = first.members().get(2).id();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(manager, BoardingTestData.PASSWORD);
            browser.go("/movements/" + movement + "/arrival?lang=en");
            assertThat(browser.driver().findElements(By.cssSelector("#arrival-form .arrived-box")))
                    .hasSize(7);
            browser.find("#arriving-" + missing + " .arrived-box").click();
            browser.screenshot("arrival-form-en");
            browser.click("#close-arrival");
            // Someone is left unticked: nothing closes until the officer confirms how many are missing.
            browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-missing")));
            assertThat(browser.driver().findElements(By.id("arrival-notice"))).isEmpty();
            assertThat(browser.find("#confirm-missing-box").getText()).contains("1 person who boarded is not here");
            assertThat(browser.find("#arriving-" + missing + " .arrived-box").isSelected())
                    .as("the boxes stay as they were ticked")
                    .isFalse();
            browser.click("#confirm-missing");
            browser.click("#close-arrival");
            browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("arrival-notice")));
            assertThat(browser.find("#arrival-notice").getText()).contains("6 of 7 who boarded arrived; 1 missing");
            assertThat(browser.find("#count-missing").getText()).isEqualTo("1");
            assertThat(browser.find("#reconciled-" + missing).getText()).contains("Missing");
            List<WebElement> alerts = browser.driver().findElements(By.cssSelector("#movement-alerts .missing-alert"));
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).getText()).contains("Rana", "Beirut, Cola bus station", "Bus 1", "MASNAA");
            browser.screenshot("arrival-reconciliation-en");
            browser.go("/movements/" + movement + "/arrival?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("#alert-" + missing).getText()).contains("مفقود", "رنا");
            browser.screenshot("arrival-reconciliation-ar");
        }
        assertThat(householdQueries.find(second.id()).journey().status()).isEqualTo(JourneyStatus.RETURNED_HOME);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, BoardingTestData.PASSWORD);
            browser.go("/movement-alerts?lang=en");
            assertThat(browser.find("#queue-" + missing).getText()).contains(first.reference(), "Rana");
            browser.screenshot("missing-persons-queue-en");
            browser.go("/movement-alerts?lang=ar");
            assertThat(browser.find("h1").getText()).isEqualTo("المفقودون");
            browser.screenshot("missing-persons-queue-ar");
        }
    }

    private String slip(Household household) throws Exception {
        return slipCodes.sign(household.reference());
    }

    /** Types the code into the scan field and presses Enter, as a USB scanner does, and waits for the answer. */
    private static void scan(Browser browser, String code) {
        List<WebElement> before = browser.driver().findElements(By.id("slip-choice"));
        WebElement field = browser.find("#scan");
        field.clear();
        field.sendKeys(code + Keys.ENTER);
        if (!before.isEmpty()) {
            browser.waitFor().until(ExpectedConditions.stalenessOf(before.get(0)));
        }
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("slip-choice")));
    }

    /** Boards the household in the chooser and waits until the manifest shows it boarded. */
    private static void board(Browser browser, String reference) {
        browser.click("#board-button");
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("boarding-notice")));
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("boarding-notice"), reference));
    }
}
