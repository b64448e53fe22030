package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator makes a plan with a target, a movement with a manifest of three households (one
 * leaving a member behind), is refused departure on the undecided amber check, decides it and
 * is still held by the voluntariness and boarding checks — in a real browser, with the pages shown in English and Arabic.
 */
@HomewardTest
class MovementBrowserIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @LocalServerPort
    int port;

    @Test
    void makesAPlanAndAMovementRefusesAnUndecidedAmberAndStillHoldsItAfterTheDecision() throws Exception {
        String coordinator = MovementTestData.user(users, Role.COORDINATOR);
        Household first = MovementTestData.household(households, 2);
        Household splitting = MovementTestData.household(households, "SY020000", 3, Set.of(0));
        Household third = MovementTestData.household(households, 2);
        String planName = MovementTestData.unique("Spring returns from Lebanon");
        String today = LocalDate.now(MovementTestData.SYRIA).toString();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, MovementTestData.PASSWORD);
            browser.go("/plans?lang=en");
            browser.type("#plan-name", planName);
            value(
                    browser,
                    "plan-starts",
                    LocalDate.now(MovementTestData.SYRIA).withDayOfMonth(1).toString());
            value(
                    browser,
                    "plan-ends",
                    LocalDate.now(MovementTestData.SYRIA).plusYears(1).toString());
            browser.submit("#plan-create");
            assertThat(browser.find("h1").getText()).isEqualTo(planName);
            String planId = browser.driver().getCurrentUrl().replaceAll(".*/plans/", "");

            new Select(browser.find("#target-country")).selectByValue("LBN");
            value(browser, "target-month", today.substring(0, 7));
            new Select(browser.find("#target-crossing")).selectByValue("MASNAA");
            browser.type("#target-persons", "1200");
            browser.submit("#target-save");
            assertThat(browser.find("#target-table").getText()).contains("LBN").contains("1,200");

            browser.go("/movements");
            new Select(browser.find("#mv-plan")).selectByValue(planId);
            value(browser, "mv-departs", today);
            browser.type("#mv-point", "Beirut, Cola bridge");
            new Select(browser.find("#mv-country")).selectByValue("LBN");
            new Select(browser.find("#mv-crossing")).selectByValue("MASNAA");
            browser.type("#mv-vehicles", "Bus 1, 40, 2");
            browser.submit("#movement-create");
            assertThat(browser.find("#movement-status").getAttribute("data-status"))
                    .isEqualTo("PLANNED");
            String movementPage =
                    java.net.URI.create(browser.driver().getCurrentUrl()).getPath();

            add(browser, first.reference(), null, null);
            add(browser, splitting.reference(), "3", "Finishes the school year in Zahle");
            add(browser, third.reference(), null, null);
            assertThat(browser.find("#travelling-count").getText()).isEqualTo("6");
            WebElement split = household(browser, splitting);
            assertThat(split.findElement(By.cssSelector("tr[data-check=travel-together]"))
                            .getText())
                    .contains("Amber")
                    .contains("1 of 3 members stay behind");
            assertThat(split.findElement(By.cssSelector("tr[data-check=seats]")).getText())
                    .contains("Green");
            assertThat(split.getText()).contains("(accessible)").contains("Finishes the school year in Zahle");
            browser.screenshot("movements-manifest-en");

            browser.go(movementPage + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(household(browser, splitting)
                            .findElement(By.cssSelector("tr[data-check=travel-together]"))
                            .getText())
                    .contains("برتقالي")
                    .contains("فرد واحد من أصل 3 يبقى");
            // Departing sets off every household at once: the count is confirmed first, and the server refuses without
            // it.
            String departing = browser.find("#confirm-departure").getAttribute("value");
            assertThat(Integer.parseInt(departing)).isPositive();
            assertThat(browser.find("#departure-form").getText())
                    .contains("أؤكد أن")
                    .contains(departing);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('confirm-departure').required = false;");
            browser.submit("#depart");
            assertThat(browser.find("#page-problem").getText()).contains("لم يغادر أحد");
            assertThat(browser.find("#movement-status").getAttribute("data-status"))
                    .isEqualTo("PLANNED");
            browser.click("#confirm-departure");
            browser.submit("#depart");
            // Red checks of other features (each adult's decision, boarding) hold it too; the amber is listed
            // undecided.
            assertThat(browser.find("#page-problem").getText())
                    .contains("لا يمكن لأحد تجاوزه")
                    .contains("households[" + splitting.reference() + "].travel-together: برتقالي، دون قرار");
            assertThat(browser.find("#movement-status").getAttribute("data-status"))
                    .isEqualTo("PLANNED");
            browser.screenshot("movements-departure-refused-ar");

            browser.go(movementPage + "?lang=en");
            WebElement decision = household(browser, splitting).findElement(By.cssSelector(".decision-form"));
            decision.findElement(By.cssSelector(".decision-reason")).sendKeys("Her father will bring her in July");
            decision.findElement(By.cssSelector(".decision-acknowledged")).click();
            WebElement page = browser.driver().findElement(By.tagName("html"));
            decision.findElement(By.cssSelector(".decision-submit")).click();
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
            assertThat(household(browser, splitting)
                            .findElement(By.cssSelector("tr[data-check=travel-together]"))
                            .getText())
                    .contains("(decided)");
            // Decided, the amber no longer holds the movement, but each adult's own decision and boarding still do.
            browser.click("#confirm-departure");
            browser.submit("#depart");
            assertThat(browser.find("#page-problem").getText())
                    .contains(".voluntariness")
                    .doesNotContain(".travel-together");
            assertThat(browser.find("#movement-status").getAttribute("data-status"))
                    .isEqualTo("PLANNED");
            assertThat(householdQueries.find(splitting.id()).journey().status()).isEqualTo(JourneyStatus.REGISTERED);
            browser.screenshot("movements-held-after-decision-en");

            browser.go("/plans/" + planId + "?lang=ar");
            browser.find("#funnel-chart canvas");
            assertThat(browser.find("#funnel-totals td[data-stage=SCHEDULED]").getText())
                    .isEqualTo("6");
            assertThat(browser.find("#funnel-totals td[data-stage=INTENDING]").getText())
                    .as("every stage is counted now")
                    .matches("[0-9]+");
            assertThat(browser.find("#funnel-totals td[data-stage=DISPLACED_AGAIN]")
                            .getText())
                    .isEqualTo("0");
            assertThat(browser.find("#funnel-totals").getText())
                    .contains("نزحوا مجدداً")
                    .contains("في منازلهم بعد 6 أشهر");
            assertThat(browser.find("#funnel-crossing").getText())
                    .contains("MASNAA")
                    .contains("1,200");
            browser.screenshot("movements-plan-funnel-ar");
            browser.go("/plans/" + planId + "?lang=en");
            browser.find("#funnel-chart canvas");
            browser.screenshot("movements-plan-funnel-en");
        }
    }

    private static void add(Browser browser, String reference, String stayingPosition, String reason) {
        browser.type("#add-reference", reference);
        if (stayingPosition != null) {
            browser.type("#add-staying", stayingPosition);
            browser.type("#add-staying-reason", reason);
        }
        browser.submit("#add-household");
        assertThat(browser.driver().findElements(By.id("page-problem")))
                .as("added without a problem")
                .isEmpty();
    }

    private static WebElement household(Browser browser, Household household) {
        return browser.find("article[data-reference='" + household.reference() + "']");
    }

    /** Sets a date or month field as the browser's own picker would (typing into it depends on the browser's locale). */
    private static void value(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
