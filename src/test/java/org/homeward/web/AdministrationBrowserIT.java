package org.homeward.web;

import org.homeward.ApiClient;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserProblemException;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@HomewardTest
class AdministrationBrowserIT {

    private static final String PASSWORD = "administration password";
    @Autowired
    UserService users;
    @LocalServerPort
    int port;

    @Test
    void anAdministratorCreatesAScopedUserAndSeesWhoLookedAtAHousehold() throws Exception {
        try {
            users.create("page.admin", Role.ADMIN, PASSWORD, null);
        } catch (UserProblemException exists) {
            // created earlier
        }
        ApiClient api = new ApiClient(port, "page.admin", PASSWORD);
        String id = api.post("/api/v1/households", HouseholdFixtures.familyOfFive("Looked", "الحموي")).json().get("id").asString();
        String username = "new.officer" + System.nanoTime() % 10000;
        try (Browser browser = Browser.open(port)) {
            browser.signIn("page.admin", PASSWORD);
            browser.go("/admin/users?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            browser.type("#username", username);
            new Select(browser.find("#role")).selectByValue("registration-officer");
            browser.type("#scopes", "area:SY02 site:Masnaa");
            browser.click("#new-user button");
            assertThat(browser.find("#created-user").getText()).contains(username);
            assertThat(browser.find("#users").getText()).contains(username).contains("area:SY02").contains("site:Masnaa");
            browser.screenshot("admin-users-ar");

            browser.go("/households/" + id + "?lang=en");
            assertThat(browser.find("#looked-at").getText()).contains("page.admin").contains("Read a household");
            browser.go("/admin/audit?household=" + id + "&verify=true");
            assertThat(browser.find("#chain-state").getText()).contains("intact");
            assertThat(browser.driver().findElements(By.cssSelector("#audit-entries tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
            browser.screenshot("admin-audit-en");
        }
        assertThat(users.scopesOf(username)).hasSize(2);
    }
}
