package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.offline.OfflinePage.rows;
import static org.homeward.offline.OfflinePage.textOf;
import static org.homeward.offline.OfflinePage.unlock;

import java.util.List;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An edit of a kept household that the server refuses keeps the officer's changes on the device: keeping
 * the household again does not overwrite it, and it leaves the device only with a reason, which is kept
 * sealed under the outbox key.
 */
@HomewardTest
class OfflineKeptRefusalBrowserIT {

    private static final String PASSWORD = "offline kept refusal password";
    private static final String REASON = "Household left the camp before correction";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void aRefusedEditSurvivesANewDownloadAndLeavesOnlyWithASealedReason() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String officer = user("kept.refusal." + run);
        ApiClient colleague = new ApiClient(port, user("kept.colleague." + run), PASSWORD);
        Answer registered = colleague.post("/api/v1/households", HouseholdFixtures.laylaAndSami());
        assertThat(registered.status()).isEqualTo(201);
        String reference = registered.json().path("reference").asString();

        try (Browser browser = Browser.open(port)) {
            try {
                browser.signIn(officer, PASSWORD);
                browser.go("/offline/register/en");
                unlock(browser);
                OfflinePage.waitForServiceWorkerAndReferences(browser);
                keep(browser, reference);
                browser.waitFor()
                        .until(driver -> rows(browser, "kept-rows", "KEPT").size() == 1);

                // A destination that is no place: the server refuses the edit (400) and keeps nothing of it.
                browser.expectRefusal("offline-edits");
                browser.click("#kept-rows .edit-kept");
                browser.type("#destinationPcode", "NOWHERE");
                browser.click("#save-record");
                browser.waitFor()
                        .until(driver -> rows(browser, "kept-rows", "REFUSED").size() == 1);

                keep(browser, reference);
                assertThat(textOf(browser, "kept-status")).contains("still waits");
                assertThat(rows(browser, "kept-rows", "REFUSED")).hasSize(1);
                browser.click("#kept-rows .edit-kept");
                assertThat(browser.find("#destinationPcode").getAttribute("value"))
                        .as("the officer's change is still there to correct")
                        .isEqualTo("NOWHERE");
                browser.click("#cancel-edit");

                browser.click("#kept-rows .forget-kept");
                browser.click("#kept-rows .confirm-forget-kept");
                assertThat(rows(browser, "kept-rows", "REFUSED"))
                        .as("no reason, nothing removed")
                        .hasSize(1);
                browser.type("#kept-rows .kept-discard-reason", REASON);
                browser.screenshot("offline-kept/discard-reason-en");
                browser.click("#kept-rows .confirm-forget-kept");
                browser.waitFor().until(driver -> textOf(browser, "kept-status").contains("was removed"));
                assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#kept-rows tr")))
                        .isEmpty();

                String stored = OfflinePage.indexedDbContent(browser);
                assertThat(stored)
                        .as("the discarded edit's record names the household by its reference")
                        .contains(reference);
                for (String plain : List.of(REASON, "NOWHERE", "Layla", "ليلى", "Offkurdi")) {
                    assertThat(stored).as("no " + plain + " in plain text").doesNotContain(plain);
                }
                assertThat(discardedReasons(browser)).containsExactly(REASON);
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("offline-kept/failure");
                throw failure;
            }
        }
    }

    /** The reasons of the discarded edits, unsealed by the page's own store while it is unlocked. */
    @SuppressWarnings("unchecked")
    private static List<String> discardedReasons(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var store = window.HomewardOfflineStore;
                store.getMeta('discardedEdits').then(function (all) {
                  return Promise.all((all || []).map(function (entry) { return store.decrypt(entry.sealedReason); }));
                }).then(function (reasons) { done(reasons.map(function (r) { return r.reason; })); },
                  function (failure) { done(['failed: ' + failure]); });
                """);
    }

    private static void keep(Browser browser, String reference) {
        String before = textOf(browser, "kept-status");
        browser.type("#keep-reference", reference);
        browser.click("#keep-button");
        browser.waitFor().until(driver -> !textOf(browser, "kept-status").equals(before));
    }

    private String user(String name) {
        return TestUsers.create(users, name, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO", TestUsers.area("SY02"));
    }
}
