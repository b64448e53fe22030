package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer registers three households with the network switched off (two of them the same man typed
 * twice, which the form warns about), reloads the page offline and finds them, prints a slip and edits a
 * waiting record without a connection, and sends them when the network returns: the registry holds each
 * once under its reserved reference, with the edit, and the pair waits open in the duplicate review queue.
 */
@HomewardTest
class OfflineRegistrationBrowserIT {

    private static final String PASSWORD = "offline browser password";
    private static final String PASSPHRASE = "olive tree 1948";
    private static final List<String> NAMES = List.of(
            "Marwan", "مروان", "Qassab", "القصاب", "Kassab", "Layla", "ليلى", "Haddad", "الحداد", "Khaleel", "Khalil",
            "خليل", "Samir", "سمير");
    private static final String LAYLA_PHONE = "+963944000222";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void registersOfflineKeepsTheOutboxEncryptedAcrossAReloadAndSendsItOnceOnline() throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots", "offline"));
        try (Browser browser = Browser.open(port)) {
            try {
                scenario(browser, screenshots);
            } catch (RuntimeException | AssertionError failure) {
                Files.write(screenshots.resolve("failure.png"), screenshot(browser));
                throw failure;
            }
        }
    }

    private void scenario(Browser browser, Path screenshots) throws Exception {
        String username = "offline.browser" + System.nanoTime() % 100000;
        users.create(username, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(username, List.of(ScopeGrant.parse("area:SY02")));
        waitForTheDuplicateIndex(username);
        browser.signIn(username, PASSWORD);
        browser.go("/offline/register/en");
        unlock(browser);
        waitForServiceWorkerAndReferences(browser);
        OfflinePage.waitForTheSnapshot(browser);

        network(browser, true);
        browser.waitFor()
                .until(driver ->
                        browser.find("#connection-state").getAttribute("class").contains("is-offline"));
        register(browser, new String[] {"مروان", "Marwan", "خليل", "Khalil", "القصاب", "Al-Qassab"}, "M", "1986-09-17");
        String checkedBefore = warningsCheckedFor(browser);
        register(browser, new String[] {"", "Marwan", "", "Khaleel", "", "Kassab"}, "M", "1986-09-17");
        browser.waitFor().until(driver -> !warningsCheckedFor(browser).equals(checkedBefore));
        WebElement warnings = browser.driver().findElement(By.id("duplicate-warnings"));
        assertThat(warnings.isDisplayed())
                .as("the form warns that the man typed again waits already")
                .isTrue();
        assertThat(warnings.getText()).contains("Possibly the same person").contains("مروان القصاب");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", warnings);
        Files.write(screenshots.resolve("duplicate-warning-en.png"), screenshot(browser));
        register(browser, new String[] {"ليلى", "Layla", "سمير", "Samir", "الحداد", "Haddad"}, "F", "1991-02-11", true);
        assertThat(rows(browser, "WAITING")).hasSize(3);

        browser.driver().navigate().refresh();
        unlock(browser);
        browser.waitFor().until(driver -> rows(browser, "WAITING").size() == 3);
        assertThat(browser.find("#outbox-rows").getText()).contains("Marwan", "ليلى");
        String stored = indexedDbContent(browser);
        assertThat(stored).contains("WAITING").contains("HW-");
        for (String name : NAMES) {
            assertThat(stored)
                    .as("the outbox on the device holds no name in plain text")
                    .doesNotContain(name);
        }
        Files.write(screenshots.resolve("outbox-offline-en.png"), screenshot(browser));
        List<String> references = rows(browser, "WAITING").stream()
                .map(row -> row.findElement(By.cssSelector("td")).getText())
                .toList();
        String laylaReference = references.get(0);

        printsTheSlipOffline(browser, laylaReference, "en", screenshots);
        editsAWaitingRecordAndFindsTheEditAfterAReload(browser, laylaReference);
        browser.go("/offline/register/ar");
        unlock(browser);
        browser.waitFor().until(driver -> rows(browser, "WAITING").size() == 3);
        printsTheSlipOffline(browser, laylaReference, "ar", screenshots);
        browser.go("/offline/register/en");
        unlock(browser);
        browser.waitFor().until(driver -> rows(browser, "WAITING").size() == 3);

        network(browser, false);
        browser.waitFor().until(driver -> rows(browser, "SENT").size() == 3);
        for (String reference : references) {
            assertThat(householdsWithReference(reference)).as(reference).isEqualTo(1);
        }
        assertThat(pairsBetween(householdOf(references.get(2)), householdOf(references.get(1))))
                .isEqualTo(1);
        assertThat(openPairsBetween(householdOf(references.get(2)), householdOf(references.get(1))))
                .as("the pair waits open in the duplicate review queue")
                .isEqualTo(1);
        assertThat(pairsBetween(householdOf(references.get(0)), householdOf(references.get(1))))
                .isZero();
        assertThat(phoneOfPrincipal(laylaReference))
                .as("the edit made offline is what was sent")
                .isEqualTo(LAYLA_PHONE);
        assertThat(consentedAmong(references))
                .as("consent asked on the device is recorded with that household only")
                .containsExactly("Layla");
        assertThat(jdbc.sql(
                                "SELECT origin_country || ' ' || destination_pcode FROM household WHERE reference = :reference")
                        .param("reference", laylaReference)
                        .query(String.class)
                        .single())
                .as("the country and the destination typed by name offline arrive as codes")
                .isEqualTo("LBN SY020000");
        Files.write(screenshots.resolve("outbox-sent-en.png"), screenshot(browser));

        browser.go("/offline/register/ar");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        unlock(browser);
        browser.waitFor().until(driver -> rows(browser, "SENT").size() == 3);
        assertThat(browser.find("#outbox-panel").getText()).contains("أُرسل");
        Files.write(screenshots.resolve("outbox-sent-ar.png"), screenshot(browser));
        network(browser, true);
        browser.driver().navigate().refresh();
        assertThat(browser.attributeOfPage("dir"))
                .as("the Arabic page, from the cache, offline")
                .isEqualTo("rtl");
        unlock(browser);
        browser.find("#offline-form");
        Files.write(screenshots.resolve("form-offline-ar.png"), screenshot(browser));
    }

    /**
     * Prints a waiting record's slip (the print dialog stubbed): the print view carries the reserved reference
     * and the names in both scripts, each in its direction, in a page that reads in the language's direction.
     */
    private static void printsTheSlipOffline(Browser browser, String reference, String language, Path screenshots)
            throws Exception {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("window.slipsPrinted = 0; window.print = function () { window.slipsPrinted++; };");
        rowOf(browser, reference).findElement(By.cssSelector(".print-slip")).click();
        browser.waitFor().until(driver -> Long.valueOf(1).equals(script.executeScript("return window.slipsPrinted;")));
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            WebElement slip = browser.find("#slip");
            assertThat(browser.driver().findElement(By.id("offline-form")).isDisplayed())
                    .as("only the slip is printed")
                    .isFalse();
            assertThat(browser.find("#slip-reference").getText()).isEqualTo(reference);
            List<WebElement> names = slip.findElements(By.cssSelector("#slip-member-rows td"));
            assertThat(names.get(1).getText()).isEqualTo("ليلى سمير الحداد");
            assertThat(names.get(1).getAttribute("dir")).isEqualTo("rtl");
            assertThat(names.get(2).getText()).isEqualTo("Layla Samir Haddad");
            assertThat(names.get(2).getAttribute("dir")).isEqualTo("ltr");
            assertThat(browser.find("#slip-member-count").getText()).isEqualTo("1");
            assertThat(slip.getText()).contains("ar".equals(language) ? "إيصال التسجيل" : "Registration slip");
            assertThat(script.executeScript("return getComputedStyle(document.getElementById('slip')).direction;"))
                    .isEqualTo("ar".equals(language) ? "rtl" : "ltr");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
            Files.write(screenshots.resolve("slip-print-" + language + ".png"), screenshot(browser));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Edits a waiting record offline (a phone added), reloads the page offline and finds the edit, still waiting. */
    private static void editsAWaitingRecordAndFindsTheEditAfterAReload(Browser browser, String reference) {
        rowOf(browser, reference).findElement(By.cssSelector(".edit-record")).click();
        assertThat(browser.find("#offline-members fieldset [data-field='givenNameLatin']")
                        .getAttribute("value"))
                .isEqualTo("Layla");
        browser.type("#offline-members fieldset [data-field='phone']", LAYLA_PHONE);
        String before = textOf(browser, "form-message");
        browser.click("#save-record");
        browser.waitFor().until(driver -> !textOf(browser, "form-message").equals(before));
        assertThat(textOf(browser, "form-message")).contains(reference);

        browser.driver().navigate().refresh();
        unlock(browser);
        browser.waitFor().until(driver -> rows(browser, "WAITING").size() == 3);
        assertThat(rowOf(browser, reference).getAttribute("data-state")).isEqualTo("WAITING");
        rowOf(browser, reference).findElement(By.cssSelector(".edit-record")).click();
        assertThat(browser.find("#offline-members fieldset [data-field='phone']")
                        .getAttribute("value"))
                .as("the edit, found after a reload without a connection")
                .isEqualTo(LAYLA_PHONE);
        browser.click("#cancel-edit");
        assertThat(indexedDbContent(browser)).doesNotContain(LAYLA_PHONE).doesNotContain("944000222");
    }

    private static WebElement rowOf(Browser browser, String reference) {
        return browser.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("#outbox-rows tr")).stream()
                        .filter(row ->
                                row.findElement(By.cssSelector("td")).getText().equals(reference))
                        .findFirst()
                        .orElse(null));
    }

    /** Which saved record the form's duplicate warnings were last worked out for (empty before the first). */
    private static String warningsCheckedFor(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('duplicate-warnings').dataset.checked || '';"));
    }

    private static byte[] screenshot(Browser browser) {
        return ((org.openqa.selenium.TakesScreenshot) browser.driver())
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    private static void unlock(Browser browser) {
        browser.waitFor().until(driver -> browser.find("#unlock-button").isEnabled());
        browser.type("#passphrase", PASSPHRASE);
        browser.click("#unlock-button");
        browser.find("#offline-form");
    }

    private static void waitForServiceWorkerAndReferences(Browser browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        browser.waitFor()
                .until(driver -> Boolean.TRUE.equals(script.executeScript(
                        "return !!(navigator.serviceWorker && navigator.serviceWorker.controller);")));
        browser.waitFor()
                .until(driver -> browser.find("#references-left").getText().matches(".*\\b([3-9]|\\d{2,})$"));
    }

    private static void network(Browser browser, boolean offline) {
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void register(Browser browser, String[] names, String sex, String birthDate) {
        register(browser, names, sex, birthDate, false);
    }

    /**
     * Registers one household of one member; with consent, the household's answers to the consent questions
     * too, and its country of asylum and destination typed by their names, which the form turns into codes.
     */
    private static void register(Browser browser, String[] names, String sex, String birthDate, boolean consent) {
        new Select(browser.find("#returnType")).selectByValue("REFUGEE");
        browser.type("#originCountry", consent ? "Lebanon" : "LBN");
        browser.type("#crossingPoint", "MASNAA");
        browser.type("#destinationPcode", consent ? "Jebel Saman" : "SY020000");
        browser.type("#registrationSite", "Masnaa crossing");
        String[] fields = {
            "givenNameAr", "givenNameLatin", "fatherNameAr", "fatherNameLatin", "familyNameAr", "familyNameLatin"
        };
        for (int i = 0; i < fields.length; i++) {
            if (!names[i].isEmpty()) {
                browser.type("#offline-members fieldset [data-field='" + fields[i] + "']", names[i]);
            }
        }
        new Select(browser.find("#offline-members fieldset [data-field='sex']")).selectByValue(sex);
        browser.type("#offline-members fieldset [data-field='birthDate']", birthDate);
        if (consent) {
            browser.click("#consent-REGISTRATION");
            browser.type("#consentGivenBy", names[1]);
            new Select(browser.find("#consentMethod")).selectByValue("VERBAL");
        }
        String before = textOf(browser, "form-message");
        browser.click("#save-record");
        browser.waitFor().until(driver -> {
            String message = textOf(browser, "form-message");
            return message.contains("HW-") && !message.equals(before);
        });
    }

    /** The text of an element whether or not it is shown yet (an empty message has no size). */
    private static String textOf(Browser browser, String id) {
        return String.valueOf(browser.driver().findElement(By.id(id)).getAttribute("textContent"));
    }

    private static List<WebElement> rows(Browser browser, String state) {
        return new ArrayList<>(
                browser.driver().findElements(By.cssSelector("#outbox-rows tr[data-state='" + state + "']")));
    }

    /** Everything in the page's IndexedDB, byte arrays read as UTF-8 text, so that plain text would show. */
    private static String indexedDbContent(Browser browser) {
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

    private void waitForTheDuplicateIndex(String username) throws InterruptedException {
        ApiClient officer = new ApiClient(port, username, PASSWORD);
        Map<String, Object> probe = Map.of(
                "members",
                List.of(HouseholdFixtures.member(
                        "PRINCIPAL", null, "Probe", null, null, null, "Probe", "M", "1990", null, List.of())));
        for (int attempt = 0; attempt < 600; attempt++) {
            ApiClient.Answer answer = officer.post("/api/v1/households/likely-duplicates", probe);
            if (answer.status() == 200 && answer.json().get("ready").asBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the duplicate index was never built");
    }

    /** The principals' Latin given names of the households among these that have consent recorded. */
    private List<String> consentedAmong(List<String> references) {
        return jdbc.sql("""
                        SELECT i.given_name_latin FROM household h JOIN individual i ON i.household_id = h.id
                        WHERE h.reference IN (:references) AND h.consent_recorded_at IS NOT NULL
                          AND h.consent_given_by = i.given_name_latin AND h.consent_method = 'VERBAL'""").param("references", references).query(String.class).list();
    }

    private long householdsWithReference(String reference) {
        return jdbc.sql("SELECT count(*) FROM household WHERE reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single();
    }

    private UUID householdOf(String reference) {
        return jdbc.sql("SELECT id FROM household WHERE reference = :reference")
                .param("reference", reference)
                .query(UUID.class)
                .single();
    }

    private String phoneOfPrincipal(String reference) {
        return jdbc.sql("""
                        SELECT i.phone FROM household h JOIN individual i ON i.household_id = h.id
                        WHERE h.reference = :reference AND i.principal""").param("reference", reference).query(String.class).single();
    }

    private long openPairsBetween(UUID one, UUID two) {
        return jdbc.sql("""
                        SELECT count(*) FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN individual b ON b.id = c.second_id
                        WHERE c.status = 'OPEN' AND ((a.household_id = :one AND b.household_id = :two)
                           OR (a.household_id = :two AND b.household_id = :one))""")
                .param("one", one)
                .param("two", two)
                .query(Long.class)
                .single();
    }

    private long pairsBetween(UUID one, UUID two) {
        return jdbc.sql("""
                        SELECT count(*) FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN individual b ON b.id = c.second_id
                        WHERE (a.household_id = :one AND b.household_id = :two) OR (a.household_id = :two AND b.household_id = :one)""")
                .param("one", one)
                .param("two", two)
                .query(Long.class)
                .single();
    }
}
