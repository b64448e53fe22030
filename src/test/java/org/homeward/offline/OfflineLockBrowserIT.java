package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.offline.OfflinePage.network;
import static org.homeward.offline.OfflinePage.textOf;
import static org.homeward.offline.OfflinePage.unlock;

import java.util.List;
import org.homeward.Browser;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox key lives only while the officer is signed in and at work: the page locks after the idle time
 * the server sets and with the Lock button; signing out from any page, or a session that ended, erases the
 * wrapped secret and locks every open offline tab, and a signed-out officer never unlocks offline. The
 * reference pool is refilled at the threshold the server sets, and the page says whether the browser
 * agreed to keep its storage. The application runs on a database of its own, with a short idle lock.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "homeward.data-dir=target/test-data/offline-lock",
            "homeward.clean-on-start=true",
            "logging.level.root=WARN",
            "homeward.offline.idle-lock=6s",
            "homeward.offline.references-refill-below=3",
            "homeward.offline.references-refill-count=4"
        })
class OfflineLockBrowserIT {

    private static final String PASSWORD = "offline lock browser password";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void locksWhenIdleAndWithTheButtonRefillsAtTheServersThresholdAndLocksWhenTheSessionEnds() throws Exception {
        String officer = officer("lock.idle");
        try (Browser browser = Browser.open(port)) {
            try {
                browser.signIn(officer, PASSWORD);
                browser.go("/offline/register/en");
                unlockAndWaitForTheSync(browser);
                assertThat(referencesLeft(browser)).isEqualTo(4);
                assertThat(storageState(browser)).isIn("granted", "refused");
                assertThat(textOf(browser, "storage-state"))
                        .isEqualTo(
                                "granted".equals(storageState(browser))
                                        ? "This browser keeps the outbox even when it runs short of space."
                                        : "This browser may clear the outbox when it runs short of space: send or export"
                                                + " the records often, and see the offline guide for keeping it.");

                // At the threshold (3) nothing is asked; below it, the device asks for 4 more.
                keepReferences(browser, 3);
                script(browser, "document.getElementById('sync-status').textContent = '';");
                browser.click("#sync-button");
                browser.waitFor().until(driver -> textOf(browser, "sync-status").startsWith("Sent: 0"));
                assertThat(referencesLeft(browser)).isEqualTo(3);
                keepReferences(browser, 2);
                browser.click("#sync-button");
                browser.waitFor().until(driver -> referencesLeft(browser) == 6);
                assertThat(reservedToTheOfficer(officer)).isEqualTo(8);

                // Left alone longer than homeward.offline.idle-lock (6 s), the page locks and clears the screen.
                long idleFrom = System.nanoTime();
                browser.waitFor().until(driver -> browser.find("#unlock-panel").isDisplayed());
                assertThat((System.nanoTime() - idleFrom) / 1_000_000).isGreaterThan(3_000);
                assertThat(textOf(browser, "unlock-error"))
                        .isEqualTo("The outbox is locked: type your passphrase again.");
                assertLocked(browser);
                assertThat(metaKeys(browser)).as("locking is not signing out").contains("wrappedSecret");

                unlock(browser);
                browser.click("#lock-button");
                browser.waitFor().until(driver -> browser.find("#unlock-panel").isDisplayed());
                assertLocked(browser);
                assertThat(metaKeys(browser)).contains("wrappedSecret");
                browser.screenshot("offline-lock/locked-en");

                // The session ends (its cookie is gone): the next answer, 403, locks the page and erases the secret.
                unlockAndWaitForTheSync(browser);
                browser.expectRefusal("/api/v1/offline/");
                browser.driver().manage().deleteAllCookies();
                browser.click("#sync-button");
                browser.waitFor()
                        .until(driver -> textOf(browser, "unlock-error").startsWith("You are signed out"));
                assertLocked(browser);
                assertThat(metaKeys(browser)).doesNotContain("wrappedSecret", "snapshot");
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("offline-lock/idle-failure");
                throw failure;
            }
        }
    }

    @Test
    void signingOutFromAnotherPageErasesTheSecretLocksOpenTabsAndNothingUnlocksOfflineAfterIt() throws Exception {
        String officer = officer("lock.signout");
        try (Browser browser = Browser.open(port)) {
            try {
                browser.signIn(officer, PASSWORD);
                browser.go("/offline/register/ar");
                unlock(browser);
                OfflinePage.waitForServiceWorkerAndReferences(browser);
                assertThat(metaKeys(browser)).contains("wrappedSecret");
                String offlineTab = browser.driver().getWindowHandle();

                // Another tab, another page: the menu's sign-out.
                browser.driver().switchTo().newWindow(WindowType.TAB);
                browser.go("/?lang=en");
                browser.submit("header form[action='/logout'] button[type='submit']");
                assertThat(browser.driver().getCurrentUrl()).contains("/login?logout");
                browser.waitFor().until(driver -> !metaKeys(browser).contains("wrappedSecret"));
                assertThat(metaKeys(browser)).doesNotContain("snapshot").contains("device");

                browser.driver().switchTo().window(offlineTab);
                browser.waitFor().until(driver -> browser.find("#unlock-panel").isDisplayed());
                assertLocked(browser);
                assertThat(textOf(browser, "unlock-error"))
                        .isEqualTo("لقد خرجت من الحساب: صندوق الصادر مقفل ولم يعد هذا الجهاز يفتحه دون اتصال."
                                + " ادخل من جديد وافتحه وأنت متصل. تبقى السجلات في الانتظار.");
                browser.screenshot("offline-lock/signed-out-ar");

                // Online, the server refuses the signed-out officer: the page does not fall back to the passphrase.
                browser.expectRefusal("/api/v1/offline/");
                script(browser, "document.getElementById('unlock-error').textContent = '';");
                browser.type("#passphrase", OfflinePage.PASSPHRASE);
                browser.click("#unlock-button");
                browser.waitFor()
                        .until(driver -> !textOf(browser, "unlock-error").isEmpty());
                assertLocked(browser);
                assertThat(textOf(browser, "unlock-error")).startsWith("لقد خرجت من الحساب");

                // Offline, nothing is left to unlock with.
                network(browser, true);
                browser.type("#passphrase", OfflinePage.PASSPHRASE);
                browser.click("#unlock-button");
                browser.waitFor()
                        .until(driver -> textOf(browser, "unlock-error")
                                .equals("لم يُفتح هذا الجهاز وهو متصل منذ آخر تسجيل خروج: اتصل مرة وافتحه."));
                assertLocked(browser);
                network(browser, false);
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("offline-lock/sign-out-failure");
                throw failure;
            }
        }
    }

    /** Unlocks online and waits for the sync that follows, so that the next sync asked for is not one already under way. */
    private static void unlockAndWaitForTheSync(Browser browser) {
        script(browser, "document.getElementById('sync-status').textContent = '';");
        unlock(browser);
        browser.waitFor().until(driver -> textOf(browser, "sync-status").startsWith("Sent:"));
    }

    private String officer(String name) {
        return TestUsers.create(users, name, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO", TestUsers.area("SY02"));
    }

    private static void assertLocked(Browser browser) {
        assertThat(browser.driver().findElement(By.id("work")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("#outbox-rows tr")))
                .isEmpty();
        assertThat(script(browser, "return window.HomewardOfflineStore.unlocked();"))
                .isEqualTo(false);
    }

    private static Object script(Browser browser, String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }

    private static String storageState(Browser browser) {
        return String.valueOf(browser.find("#storage-state").getAttribute("data-persisted"));
    }

    private static int referencesLeft(Browser browser) {
        String shown = textOf(browser, "references-left");
        String digits = shown.replaceAll("\\D+", " ").trim();
        return digits.isEmpty() ? -1 : Integer.parseInt(digits.substring(digits.lastIndexOf(' ') + 1));
    }

    /** Leaves the device only the first references of its pool, as if the others had been given to households. */
    private static void keepReferences(Browser browser, int count) {
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var store = window.HomewardOfflineStore;
                store.getMeta('references').then(function (pool) {
                  return store.setMeta('references', pool.slice(0, COUNT));
                }).then(function () { done(true); });
                """.replace("COUNT", Integer.toString(count)));
    }

    /** The keys of the page's IndexedDB store meta (the device, the references, the wrapped secret, ...). */
    @SuppressWarnings("unchecked")
    private static List<String> metaKeys(Browser browser) {
        Object keys = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var request = indexedDB.open('homeward-offline');
                request.onsuccess = function () {
                  var db = request.result;
                  var all = db.transaction('meta', 'readonly').objectStore('meta').getAllKeys();
                  all.onsuccess = function () { db.close(); done(all.result.map(String)); };
                  all.onerror = function () { db.close(); done(['error']); };
                };
                request.onerror = function () { done(['error']); };
                """);
        return (List<String>) keys;
    }

    private long reservedToTheOfficer(String officer) {
        return jdbc.sql("""
                        SELECT count(*) FROM offline_reserved_reference r JOIN offline_device d ON d.id = r.device
                        WHERE d.username = :officer""").param("officer", officer).query(Long.class).single();
    }
}
