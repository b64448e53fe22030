package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer records voluntariness in real Chromium: in English, refused at a police station and
 * then recorded at a field office; in Arabic, right to left, the spouse records her own decision
 * and withdraws it, then signs again; a coordinator sees her reason where the officer does not, and
 * reviews in the protection queue the signal that her signing again raised.
 */
@HomewardTest
class VoluntarinessBrowserIT {

    private static final String PASSWORD = "voluntariness password 1";

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void recordsEachAdultsDecisionRefusesCustodyAndWithdrawsInEnglishAndArabic() throws Exception {
        VoluntarinessTestData data = new VoluntarinessTestData(households, users, jdbc);
        Household family = data.family("Albrowser");
        String officer = data.officer("browser.officer");
        String coordinator = data.user("browser.coordinator", Role.COORDINATOR);
        int principal = family.members().get(0).position();
        int spouse = family.members().get(1).position();
        String page = "/voluntariness/households/" + family.id();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go(page + "?lang=en");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("ltr");
            assertThat(browser.find("#briefing-en").getText()).contains("no recent assessment");
            assertThat(browser.driver()
                            .findElements(org.openqa.selenium.By.cssSelector(
                                    "#record-form-" + family.members().get(2).position())))
                    .as("the child decides with a parent")
                    .isEmpty();

            fill(browser, principal, "POLICE_STATION", "Halba police station", "Officer Nader");
            browser.submit("#record-form-" + principal + " button[type=submit]");
            assertThat(browser.find("#voluntariness-problem").getText())
                    .contains("cannot be recorded in detention, custody");
            assertThat(browser.find("#voluntariness-problem li[data-code=PLACE_IN_CUSTODY]")
                            .isDisplayed())
                    .isTrue();
            browser.screenshot("voluntariness-custody-refused-en");

            fill(browser, principal, "FIELD_OFFICE", "Tripoli field office", "Protection assistant");
            browser.submit("#record-form-" + principal + " button[type=submit]");
            assertThat(browser.find("#voluntariness-done").getText()).isEqualTo("The decision is recorded.");
            assertThat(browser.find("#member-" + principal + " .current-record").getText())
                    .contains(officer);
            browser.screenshot("voluntariness-recorded-en");

            browser.go(page + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("#briefing-ar").getText()).contains("لا يوجد تقييم");
            fill(browser, spouse, "HOME_VISIT", "زيارة منزلية في حلبا", "مساعدة الحماية");
            browser.submit("#record-form-" + spouse + " button[type=submit]");
            assertThat(browser.find("#voluntariness-done").getText()).isEqualTo("سُجّل القرار.");
            browser.type("#withdraw-reason-" + spouse, "أريد أن أنتظر حتى ينتهي العام الدراسي");
            browser.submit("#withdraw-form-" + spouse + " button[type=submit]");
            assertThat(browser.find("#voluntariness-done").getText()).contains("سُحب القرار");
            assertThat(browser.find("#voluntariness-history").getText())
                    .contains("سُحب بتاريخ")
                    .contains("قائم")
                    .doesNotContain("العام الدراسي");
            assertThat(browser.find("#record-form-" + spouse).isDisplayed())
                    .as("she may sign again later")
                    .isTrue();
            browser.screenshot("voluntariness-withdrawn-ar");
            // Signing again within days of withdrawing is a new record, and a signal for protection to review.
            fill(browser, spouse, "HOME_VISIT", "زيارة منزلية ثانية", "مساعدة الحماية");
            browser.submit("#record-form-" + spouse + " button[type=submit]");
            assertThat(browser.find("#voluntariness-done").getText()).isEqualTo("سُجّل القرار.");
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, PASSWORD);
            browser.go("/voluntariness/protection?lang=ar");
            String row = "tr.coercion-signal[data-kind=WITHDRAW_AND_RESIGN]";
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(row)).stream()
                            .filter(found -> found.getText().contains(family.reference()))
                            .count())
                    .isEqualTo(1);
            org.openqa.selenium.WebElement signal =
                    browser.driver().findElements(org.openqa.selenium.By.cssSelector(row)).stream()
                            .filter(found -> found.getText().contains(family.reference()))
                            .findFirst()
                            .orElseThrow();
            String id = signal.getAttribute("data-signal");
            browser.screenshot("voluntariness-protection-queue-ar");
            new Select(browser.find("tr[data-signal='" + id + "'] select[name=outcome]"))
                    .selectByValue("REFERRED_TO_PROTECTION");
            browser.type("tr[data-signal='" + id + "'] input[name=note]", "قابلتها وحدها؛ أُحيلت إلى الحماية");
            browser.submit("tr[data-signal='" + id + "'] button[type=submit]");
            assertThat(browser.find("#review-done").getText()).isEqualTo("حُفظت المراجعة.");
            assertThat(browser.driver()
                            .findElements(org.openqa.selenium.By.cssSelector("tr[data-signal='" + id + "']")))
                    .as("a reviewed signal leaves the waiting queue")
                    .isEmpty();
            browser.go("/voluntariness/protection?reviewed=true");
            assertThat(browser.find("tr[data-signal='" + id + "']").getText()).contains("قابلتها وحدها");
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, PASSWORD);
            browser.go(page + "?lang=ar");
            assertThat(browser.find("#voluntariness-history").getText())
                    .contains("أريد أن أنتظر حتى ينتهي العام الدراسي");
            browser.screenshot("voluntariness-coordinator-ar");
        }
    }

    private static void fill(Browser browser, int position, String placeType, String placeName, String readAloudBy) {
        new Select(browser.find("#placeType-" + position)).selectByValue(placeType);
        browser.type("#placeName-" + position, placeName);
        new Select(browser.find("#language-" + position)).selectByValue("ar");
        browser.type("#readAloudBy-" + position, readAloudBy);
        if (!browser.find("#record-form-" + position + " input[name=understood]")
                .isSelected()) {
            browser.click("#record-form-" + position + " input[name=understood]");
        }
    }
}
