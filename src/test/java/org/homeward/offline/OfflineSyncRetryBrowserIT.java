package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.offline.OfflinePage.textOf;
import static org.homeward.offline.OfflinePage.unlock;

import java.sql.Timestamp;
import java.util.List;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sync that fails while the page is online is tried again by itself, after 5 seconds and then twice as
 * long each time, and goes through once the server answers again, with nobody pressing a button.
 */
@HomewardTest
class OfflineSyncRetryBrowserIT {

    private static final String PASSWORD = "offline sync retry password";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aFailedSyncIsTriedAgainByItselfWaitingLongerEachTime() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String officer = TestUsers.create(
                users, "sync.retry." + run, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO", TestUsers.area("SY02"));
        try (Browser browser = Browser.open(port)) {
            try {
                browser.signIn(officer, PASSWORD);
                browser.go("/offline/register/en");
                unlock(browser);
                OfflinePage.waitForServiceWorkerAndReferences(browser);
                browser.waitFor().until(driver -> textOf(browser, "sync-status").startsWith("Sent:"));
                // The sync after the unlock ends with the snapshot's download; a click before then is not a new sync.
                browser.waitFor()
                        .until(driver -> textOf(browser, "snapshot-status").contains("KB"));
                Thread.sleep(2_000);
                Timestamp before = lastSync(officer);

                // The server cannot be reached: the sync fails, and is tried again after 5 s, then after 10 s more.
                countSyncRequests(browser);
                OfflinePage.block(browser, List.of("*/api/v1/offline/sync*"));
                long failedAt = System.nanoTime();
                browser.click("#sync-button");
                browser.waitFor().until(driver -> textOf(browser, "sync-status").startsWith("Could not reach"));
                Thread.sleep(8_000);
                assertThat(syncRequests(browser))
                        .as("the click's sync and one retry after 5 s, not a retry in a tight loop")
                        .isEqualTo(2L);
                assertThat(lastSync(officer)).isEqualTo(before);

                OfflinePage.block(browser, List.of());
                browser.waitFor().until(driver -> textOf(browser, "sync-status").startsWith("Sent:"));
                long seconds = (System.nanoTime() - failedAt) / 1_000_000_000L;
                assertThat(seconds)
                        .as("the second retry waits 10 s after the first")
                        .isGreaterThanOrEqualTo(13);
                assertThat(lastSync(officer)).isAfter(before);
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("offline-retry/failure");
                throw failure;
            }
        }
    }

    /** Counts the page's sync requests from now on, as the page makes them (through window.fetch). */
    private static void countSyncRequests(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                window.syncRequests = 0;
                var fetchBefore = window.fetch;
                window.fetch = function (address) {
                  if (String(address).indexOf('/api/v1/offline/sync') >= 0) { window.syncRequests++; }
                  return fetchBefore.apply(this, arguments);
                };
                """);
    }

    private static long syncRequests(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.syncRequests;"))
                .longValue();
    }

    private Timestamp lastSync(String officer) {
        return jdbc.sql("SELECT max(last_sync_at) FROM offline_device WHERE username = :officer")
                .param("officer", officer)
                .query(Timestamp.class)
                .single();
    }
}
