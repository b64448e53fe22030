package org.homeward.offline;

import java.util.List;
import java.util.Map;
import org.homeward.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

/** The offline registration page as browser tests drive it: unlocking, cutting the network, reading IndexedDB. */
final class OfflinePage {

    static final String PASSPHRASE = "olive tree 1948";

    private OfflinePage() {}

    static void unlock(Browser browser) {
        browser.waitFor().until(driver -> browser.find("#unlock-button").isEnabled());
        browser.type("#passphrase", PASSPHRASE);
        browser.click("#unlock-button");
        browser.find("#offline-form");
    }

    /** Waits until the service worker looks after the page and the device holds references. */
    static void waitForServiceWorkerAndReferences(Browser browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        browser.waitFor()
                .until(driver -> Boolean.TRUE.equals(script.executeScript(
                        "return !!(navigator.serviceWorker && navigator.serviceWorker.controller);")));
        browser.waitFor()
                .until(driver -> browser.find("#references-left").getText().matches(".*\\b([3-9]|\\d{2,})$"));
    }

    /**
     * Waits until the snapshot downloaded after the first sync is on the device, so that cutting the network
     * next does not cut that download halfway (a request failing in the console).
     */
    static void waitForTheSnapshot(Browser browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        browser.waitFor()
                .until(driver -> !""
                        .equals(script.executeScript(
                                "return document.getElementById('snapshot-panel').dataset.people;")));
    }

    /** Switches the network off or on through the DevTools protocol, as a lost connection does. */
    static void network(Browser browser, boolean offline) {
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        browser.waitFor()
                .until(d ->
                        browser.find("#connection-state").getAttribute("class").contains("is-offline") == offline);
    }

    /** Refuses the requests whose address matches the patterns (none: refuses nothing), as a failing server would. */
    static void block(Browser browser, List<String> patterns) {
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", patterns));
    }

    /** The text of an element whether or not it is shown yet (an empty message has no size). */
    static String textOf(Browser browser, String id) {
        return String.valueOf(browser.driver().findElement(By.id(id)).getAttribute("textContent"));
    }

    static List<WebElement> rows(Browser browser, String table, String state) {
        return browser.driver().findElements(By.cssSelector("#" + table + " tr[data-state='" + state + "']"));
    }

    /** Everything in the page's IndexedDB, byte arrays read as UTF-8 text, so that plain text would show. */
    static String indexedDbContent(Browser browser) {
        Object content = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var decoder = new TextDecoder();
                function flat(value) {
                  return JSON.stringify(value, function (key, item) {
                    if (item instanceof Uint8Array || item instanceof ArrayBuffer) { return decoder.decode(item); }
                    return item;
                  });
                }
                var request = indexedDB.open('homeward-offline');
                request.onsuccess = function () {
                  var db = request.result;
                  var names = Array.prototype.slice.call(db.objectStoreNames);
                  var out = [];
                  var transaction = db.transaction(names, 'readonly');
                  names.forEach(function (name) {
                    var store = transaction.objectStore(name);
                    var all = store.getAll();
                    all.onsuccess = function () { out.push(name + ':' + flat(all.result)); };
                  });
                  transaction.oncomplete = function () { done(out.join('\\n')); };
                  transaction.onerror = function () { done('error'); };
                };
                request.onerror = function () { done('error'); };
                """);
        return String.valueOf(content);
    }
}
