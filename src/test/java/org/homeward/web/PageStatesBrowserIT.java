package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The states of pages that no walk over GET routes reaches: the error pages (a page the role may not
 * open, an unknown address), the results of a search sent by POST, a registration form refused with its
 * problems shown, and the duplicate queue with filters applied. Each is checked as {@link PageCheck}
 * checks every page (no sideways scrolling, the top bar from edge to edge, no console error, a screenshot
 * under {@code target/screenshots/states/<language>-<width>/}), at 1280 and 768 px, in English and Arabic.
 */
@HomewardTest
class PageStatesBrowserIT {

    private static final String PASSWORD = "page states password 2026";
    private static final String OFFICER = "states.officer";
    private static final String ANALYST = "states.analyst";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    DuplicateRunService runs;

    @LocalServerPort
    int port;

    @Test
    void errorPagesSearchResultsARefusedFormAndAFilteredQueueFitALaptopAndATabletInBothLanguages() throws Exception {
        TestUsers.ensure(users, OFFICER, Role.REGISTRATION_OFFICER, PASSWORD, null);
        users.setScopes(OFFICER, List.of(ScopeGrant.parse("area:SY02")));
        TestUsers.ensure(users, ANALYST, Role.ANALYST, PASSWORD, "States NGO");
        register("Al-Abdulrahman-Bin-Khalid-Al-Muhajirin", "عبد الرحمن بن خالد آل المهاجرين");
        register("El Abdulrahman-Bin-Khalid-Al-Muhajirin", "عبد الرحمن بن خالد آل المهاجرين");
        register("Al-Qudsi", "القدسي");
        runs.run("system");
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();

        try (Browser browser = Browser.open(port)) {
            PageCheck check = new PageCheck(browser, problems, "states");
            browser.signIn(ANALYST, PASSWORD);
            for (String language : List.of("en", "ar")) {
                browser.go("/households/new?lang=" + language);
                assertThat(browser.find("#error-page").getAttribute("data-status"))
                        .isEqualTo("403");
                bothWidths(browser, check, "analyst", "forbidden", language, checked);
            }

            browser.driver().manage().deleteAllCookies();
            browser.signIn(OFFICER, PASSWORD);
            for (String language : List.of("en", "ar")) {
                browser.go("/no-such-page/at-all?lang=" + language);
                assertThat(browser.find("#error-page").getAttribute("data-status"))
                        .isEqualTo("404");
                assertThat(browser.attributeOfPage("lang")).isEqualTo(language);
                bothWidths(browser, check, "officer", "unknown-address", language, checked);

                browser.go("/households?lang=" + language);
                browser.type("#name", "Mohammad");
                browser.click("#search-button");
                // The form is sent by POST and its answer's results take the place of the empty ones.
                browser.waitFor()
                        .until(driver -> driver.findElements(By.cssSelector("#results tbody tr"))
                                        .size()
                                >= 3);
                bothWidths(browser, check, "officer", "search-results", language, checked);
                browser.resize(768);
                assertThat(
                                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                        .executeScript(
                                                "return Array.from(document.querySelectorAll('#results tbody tr td:first-child a'))"
                                                        + ".filter(a => a.getClientRects().length > 1).map(a => a.textContent)"))
                        .as("references kept on one line at tablet width")
                        .asList()
                        .isEmpty();
                browser.resize(1280);

                browser.go("/households/new?lang=" + language);
                browser.type("[name='members[0].givenNameLatin']", "Abdulrahman-Muhammad-Al-Muhajirin-Al-Dimashqi");
                browser.type("[name='members[0].birthDate']", "2999-99-99");
                // The one field the browser itself requires; everything else is left for the server to refuse.
                browser.type("#destinationPcode", "SY020000");
                browser.submit("#register-button");
                assertThat(browser.find("#form-problems").getText())
                        .as("the refused form shows its problems")
                        .isNotBlank();
                bothWidths(browser, check, "officer", "registration-refused", language, checked);

                browser.go("/duplicates?lang=" + language);
                new Select(browser.find("#filter-band")).selectByValue("VERY_LIKELY");
                new Select(browser.find("#filter-sort")).selectByValue("OLDEST");
                browser.type("#filter-name", "Muhajirin");
                new Select(browser.find("#filter-mine")).selectByValue("AREA:SY02");
                browser.submit("#apply-filter");
                assertThat(browser.driver().getCurrentUrl()).contains("band=VERY_LIKELY", "sort=OLDEST", "search=");
                assertThat(browser.driver().findElements(By.cssSelector("#duplicate-queue .duplicate-row")))
                        .as("pairs of the filter")
                        .isNotEmpty();
                bothWidths(browser, check, "officer", "queue-filtered", language, checked);
            }
        }
        assertThat(checked).hasSize(2 * 2 * 5);
        assertThat(problems).isEmpty();
    }

    /**
     * Checks the page shown at 1280 px, then, without loading it again (a POST answer cannot be asked
     * for twice), at 768 px, and leaves the window at 1280 px for the next page.
     */
    private static void bothWidths(
            Browser browser, PageCheck check, String who, String name, String language, List<String> checked)
            throws Exception {
        for (int width : new int[] {1280, 768}) {
            browser.resize(width);
            check.page(who, name, language, width);
            checked.add(name + " " + language + " " + width);
        }
        browser.resize(1280);
    }

    private void register(String familyLatin, String familyAr) {
        households.register(
                JsonMapper.builder()
                        .build()
                        .convertValue(
                                HouseholdFixtures.familyOfFive(familyLatin, familyAr), RegisterHouseholdRequest.class),
                "system");
    }
}
