package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.homeward.ApiClient;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@HomewardTest
class ConsentBrowserIT {

    private static final String PASSWORD = "consent page password";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void recordsConsentPrintsAPersonsSummaryAndErasesThemOnRequest() throws Exception {
        TestUsers.ensure(
                users,
                "consent.officer",
                Role.REGISTRATION_OFFICER,
                PASSWORD,
                null,
                List.of(ScopeGrant.parse("area:SY02")));
        JsonNode household = new ApiClient(port, "consent.officer", PASSWORD)
                .post("/api/v1/households", HouseholdFixtures.familyOfFive("Consentpage", "الحموي"))
                .json();
        String id = household.get("id").asString();
        String mother = household.get("members").get(4).get("id").asString();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("consent.officer", PASSWORD);
            browser.go("/households/" + id + "?lang=ar");
            browser.find("#consent-form input[value='STATISTICS']").click();
            browser.find("#consent-form input[value='REFERRAL']").click();
            browser.type("#partners", "Legal Aid Syria");
            browser.type("#givenBy", "رب الأسرة");
            new Select(browser.find("#method")).selectByValue("WRITTEN");
            browser.submit("#consent-form button");
            assertThat(browser.find("#consent-form input[value='REFERRAL']").isSelected())
                    .isTrue();
            browser.screenshot("consent-ar");

            browser.go("/households/" + id + "/members/"
                    + household.get("members").get(0).get("id").asString() + "/summary");
            assertThat(browser.find("main").getText())
                    .doesNotContain("+963944123456")
                    .contains("محمد");
            browser.type("#summary-reason", "the person asked for a copy at the desk");
            browser.submit("#summary-reveal button");
            assertThat(browser.find("main").getText()).contains("+963944123456").contains("محمد");

            browser.go("/households/" + id);
            new Select(browser.find("#individualId")).selectByValue(mother);
            new Select(browser.find("#kind")).selectByValue("DELETION");
            browser.type("#details", "asked at the desk");
            browser.submit("#request-form button");
            browser.type("#requests input[name='outcome']", "erased");
            browser.submit("#requests button");
            assertThat(browser.find("#members-table").getText()).doesNotContain("خديجة");
            assertThat(browser.driver().findElements(By.cssSelector("#requests form")))
                    .isEmpty();
        }
    }
}
