package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homeward.ApiClient;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserAccount;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator at work in the pages, in Arabic and English: creates a user with scopes picked
 * from lists, changes the user's role and scopes, resets the password to a one-time one that the
 * user must replace before anything else, and finds a household's audit entries by its reference.
 */
@HomewardTest
class AdministrationBrowserIT {

    private static final String PASSWORD = "administration password";
    private static final String CHOSEN = "lantern orchard seventeen";

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    @BeforeAll
    static void screenshots() throws Exception {
        Files.createDirectories(Path.of("target", "screenshots", "admin"));
    }

    private void administrator() {
        TestUsers.ensure(users, "page.admin", Role.ADMIN, PASSWORD, null);
    }

    @Test
    void anAdministratorPicksScopesChangesTheRoleAndResetsThePasswordWhichTheUserMustReplace() throws Exception {
        administrator();
        // The site is one a registration names; sites are picked from those, not typed.
        new ApiClient(port, "page.admin", PASSWORD)
                .post("/api/v1/households", HouseholdFixtures.familyOfFive("Sited", "الحموي"));
        String username = "new.officer" + System.nanoTime() % 100000;
        String oneTime;
        try (Browser browser = Browser.open(port)) {
            browser.signIn("page.admin", PASSWORD);
            browser.go("/admin/users?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            browser.type("#username", username);
            new Select(browser.find("#role")).selectByValue("registration-officer");
            Select areas = new Select(browser.find("#areas"));
            assertThat(areas.getOptions())
                    .extracting(option -> option.getText())
                    .as("areas are named in the page's language, with their P-code")
                    .contains("حلب (SY02)");
            areas.selectByValue("SY02");
            Select sites = new Select(browser.find("#sites"));
            assertThat(sites.getOptions())
                    .extracting(option -> option.getAttribute("value"))
                    .contains("Masnaa crossing");
            sites.selectByValue("Masnaa crossing");
            browser.submit("#new-user button");
            assertThat(browser.find("#created-user").getText()).contains(username);
            assertThat(browser.find("#users").getText())
                    .contains(username)
                    .contains("area:SY02")
                    .contains("site:Masnaa crossing");
            browser.screenshot("admin/users-ar");

            browser.go("/admin/users/" + username + "?lang=en");
            new Select(browser.find("#role")).selectByValue("reception-manager");
            browser.submit("#save-role");
            assertThat(browser.find("#admin-saved").getText()).isEqualTo("The role is changed.");
            Select picked = new Select(browser.find("#areas"));
            assertThat(picked.getAllSelectedOptions())
                    .extracting(option -> option.getAttribute("value"))
                    .containsExactly("SY02");
            Select pickedSites = new Select(browser.find("#sites"));
            assertThat(pickedSites.getAllSelectedOptions())
                    .extracting(option -> option.getAttribute("value"))
                    .containsExactly("Masnaa crossing");
            // A site no registration names, slipped into the list, is refused by the server.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript(
                            "document.getElementById('sites').add(new Option('Typed site', 'Typed site', true, true));");
            browser.submit("#save-scopes");
            assertThat(browser.find("#admin-problem-coded").getText()).contains("registration sites");
            assertThat(users.scopesOf(username))
                    .contains(new ScopeGrant("SITE", "Masnaa crossing"))
                    .doesNotContain(new ScopeGrant("SITE", "Typed site"));
            picked = new Select(browser.find("#areas"));
            picked.deselectAll();
            picked.selectByValue("SY01");
            new Select(browser.find("#sites")).deselectAll();
            browser.submit("#save-scopes");
            assertThat(browser.find("#admin-saved").getText()).isEqualTo("The scopes are saved.");
            browser.submit("#reset-password");
            oneTime = browser.find("#one-time-password strong").getText();
            assertThat(oneTime).hasSize(16);
            assertThat(browser.driver().getCurrentUrl())
                    .as("the password page answers the reset itself: no redirect hands the password over"
                            + " through the shared session table")
                    .endsWith("/password");
            browser.screenshot("admin/user-en");
        }
        UserAccount changed = users.all().stream()
                .filter(account -> account.username().equals(username))
                .findFirst()
                .orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.RECEPTION_MANAGER);
        assertThat(users.scopesOf(username)).containsExactly(new ScopeGrant("AREA", "SY01"));
        assertThat(users.passwordChangeRequired(username)).isTrue();
        assertThat(audit.query("page.admin", "user", username, null, null, 20))
                .extracting(AuditRecord::action)
                .contains("USER_CREATED", "USER_SCOPES_SET", "USER_ROLE_CHANGED", "PASSWORD_RESET_ONE_TIME");

        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, oneTime);
            browser.waitFor().until(ExpectedConditions.urlContains("/account/password"));
            browser.go("/centres");
            assertThat(browser.driver().getCurrentUrl())
                    .as("every other page sends to the password form")
                    .endsWith("/account/password");
            browser.go("/account/password?lang=ar");
            assertThat(browser.find("#change-required").getText()).contains("كلمة مرور لمرة واحدة");
            browser.type("#current", oneTime);
            browser.type("#chosen", CHOSEN);
            browser.type("#repeated", CHOSEN + "!");
            browser.submit("#change-password");
            assertThat(browser.find("#password-problem").getText()).isEqualTo("كلمتا المرور الجديدتان غير متطابقتين.");
            browser.screenshot("admin/password-refused-ar");
            browser.type("#current", oneTime);
            browser.type("#chosen", CHOSEN);
            browser.type("#repeated", CHOSEN);
            browser.submit("#change-password");
            assertThat(browser.find("#password-changed")).isNotNull();
            browser.signIn(username, CHOSEN);
            browser.go("/centres?lang=en");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/account/password");
            assertThat(browser.find("h1").getText()).isEqualTo("Reception centres");
        }
        assertThat(users.passwordChangeRequired(username)).isFalse();
    }

    @Test
    void theAuditSearchFindsAHouseholdByItsReferenceAndSaysSoWhenNoneHasIt() throws Exception {
        administrator();
        ApiClient api = new ApiClient(port, "page.admin", PASSWORD);
        ApiClient.Answer registered =
                api.post("/api/v1/households", HouseholdFixtures.familyOfFive("Looked", "الحموي"));
        String id = registered.json().get("id").asString();
        String reference = registered.json().get("reference").asString();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("page.admin", PASSWORD);
            browser.go("/households/" + id + "?lang=en");
            assertThat(browser.find("#looked-at").getText())
                    .contains("page.admin")
                    .contains("Read a household");

            browser.go("/admin/audit?lang=en");
            // Typed as people type it: lower case, without the hyphen.
            browser.type("#household", reference.replace("-", "").toLowerCase(java.util.Locale.ROOT));
            browser.submit("#audit-verify-button");
            assertThat(browser.driver().getCurrentUrl())
                    .as("the reference stays out of the address")
                    .doesNotContain(reference.replace("-", "").toLowerCase(java.util.Locale.ROOT));
            assertThat(browser.find("#chain-state").getText()).contains("intact");
            List<String> targets =
                    browser.driver().findElements(By.cssSelector("#audit-entries tbody tr td:nth-child(5)")).stream()
                            .map(cell -> cell.getText())
                            .distinct()
                            .toList();
            assertThat(targets).containsExactly(id);
            assertThat(browser.find("#audit-entries").getText())
                    .contains("Read a household")
                    .contains("Registered a household");
            browser.screenshot("admin/audit-en");

            browser.go("/admin/audit?lang=ar");
            browser.type("#household", "HW-0000000");
            browser.submit("#audit-search-button");
            assertThat(browser.find("#unknown-household").getText()).contains("لا توجد أسرة");
            assertThat(browser.driver().findElements(By.cssSelector("#audit-entries tbody tr")))
                    .isEmpty();
            browser.screenshot("admin/audit-unknown-ar");
        }
        assertThat(audit.query("page.admin", "household", id, null, null, 50))
                .extracting(AuditRecord::action)
                .contains("AUDIT_TRAIL_READ");
    }
}
