package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer with no connection registers a household and exports the outbox to a file in Chromium; the
 * file, imported with the command, gives the household once under its reserved reference; the import page
 * then answers it as already present, refuses the same file with one byte changed, and the device's own
 * sync later creates nothing more. An edit of a kept household travels in a bundle too, and is applied once.
 */
@HomewardTest
class OfflineBundleBrowserIT {

    private static final String PASSWORD = "offline bundle browser password";
    private static final String PASSPHRASE = "almond blossom 1962";
    private static final String NEW_PHONE = "+963955000333";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aBundleExportedOfflineIsImportedByTheCommandAndThePageOnce() throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots", "offline"));
        Path downloads = Files.createDirectories(Path.of("target", "downloads", "bundle-" + System.nanoTime()))
                .toAbsolutePath();
        String officer = "bundle.browser" + System.nanoTime() % 100000;
        users.create(officer, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(officer, List.of(ScopeGrant.parse("area:SY02")));
        String supervisor = officer + ".lead";
        users.create(supervisor, Role.COORDINATOR, PASSWORD, "Test NGO");

        Path bundle;
        String reference;
        try (Browser browser = Browser.open(port)) {
            try {
                ChromiumDriver driver = (ChromiumDriver) browser.driver();
                driver.executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                browser.signIn(officer, PASSWORD);
                browser.go("/offline/register/en");
                unlock(browser);
                browser.waitFor()
                        .until(ignored ->
                                browser.find("#references-left").getText().matches(".*\\b([1-9]\\d*)$"));
                browser.waitFor()
                        .until(
                                ignored -> Boolean.TRUE.equals(
                                        ((JavascriptExecutor) driver)
                                                .executeAsyncScript(
                                                        "var done = arguments[0]; HomewardOfflineStore.getMeta('bundleKey').then(function (k) { done(!!k); });")));
                browser.waitFor()
                        .until(ignored -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                                .executeScript(
                                        "return !!(navigator.serviceWorker && navigator.serviceWorker.controller);")));

                network(driver, true);
                register(browser);
                reference = browser.driver()
                        .findElement(By.cssSelector("#outbox-rows tr[data-state='WAITING'] td"))
                        .getText();
                browser.click("#export-bundle");
                browser.waitFor()
                        .until(ignored ->
                                browser.find("#bundle-status").getText().contains(".hwb"));
                assertThat(browser.find("#bundle-status").getText())
                        .contains("homeward-bundle-")
                        .doesNotContain("Nour");
                browser.waitFor()
                        .until(ignored -> !browser.driver()
                                .findElements(By.cssSelector("#outbox-rows tr[data-state='WAITING'] .record-exported"))
                                .isEmpty());
                assertThat(browser.find("#outbox-rows tr[data-state='WAITING'] .record-exported")
                                .getText())
                        .as("the outbox says the waiting record was exported")
                        .contains("exported to a file");
                Files.write(screenshots.resolve("bundle-export-en.png"), screenshot(browser));
                bundle = downloaded(browser, downloads);
                assertThat(bundle.getFileName().toString()).matches("homeward-bundle-\\d{4}-\\d{2}-\\d{2}\\.hwb");
                assertThat(Files.readString(bundle)).doesNotContain("Nour", "نور", "Darwish", "درويش");

                OfflineBundleIT.Command imported = OfflineBundleIT.importWithCommand(bundle);
                assertThat(imported.exitCode()).as(imported.output()).isZero();
                assertThat(imported.output()).contains("created 1, already present 0, refused 0, conflict 0");
                assertThat(householdsWithReference(reference)).isEqualTo(1);

                // Still without a connection, the Arabic page (from the service worker's cache) exports too.
                browser.go("/offline/register/ar");
                unlock(browser);
                browser.waitFor()
                        .until(ignored -> !browser.driver()
                                .findElements(By.cssSelector("#outbox-rows tr[data-state='WAITING']"))
                                .isEmpty());
                browser.click("#export-bundle");
                browser.waitFor()
                        .until(ignored ->
                                browser.find("#bundle-status").getText().contains(".hwb"));
                assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
                Files.write(screenshots.resolve("bundle-export-ar.png"), screenshot(browser));

                network(driver, false);
                browser.waitFor()
                        .until(ignored -> !browser.driver()
                                .findElements(By.cssSelector("#outbox-rows tr[data-state='SENT']"))
                                .isEmpty());
                assertThat(householdsWithReference(reference))
                        .as("the sync after the import")
                        .isEqualTo(1);
            } catch (RuntimeException | AssertionError failure) {
                Files.write(screenshots.resolve("bundle-failure.png"), screenshot(browser));
                throw failure;
            }
        }

        try (Browser browser = Browser.open(port)) {
            browser.signIn(supervisor, PASSWORD);
            refusesATamperedBundle(browser, bundle, screenshots);
            for (String language : List.of("en", "ar")) {
                browser.go("/offline/bundles?lang=" + language);
                browser.driver()
                        .findElement(By.id("bundle-file"))
                        .sendKeys(bundle.toAbsolutePath().toString());
                browser.click("#bundle-import-button");
                browser.find("#bundle-report");
                assertThat(browser.find("#count-already-present").getText()).isEqualTo("1");
                assertThat(browser.find("#count-created").getText()).isEqualTo("0");
                assertThat(browser.find("#bundle-records").getText())
                        .contains(reference)
                        .doesNotContain("Nour", "نور");
                assertThat(browser.attributeOfPage("dir")).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
                Files.write(screenshots.resolve("bundle-import-" + language + ".png"), screenshot(browser));
            }
            browser.assertNoConsoleErrors();
        }
        assertThat(householdsWithReference(reference)).isEqualTo(1);
    }

    /**
     * The bundle with one byte of its ciphertext changed, imported through the page in English and Arabic:
     * refused whole, with the reason in the page's language, and nothing written.
     */
    private void refusesATamperedBundle(Browser browser, Path bundle, Path screenshots) throws Exception {
        byte[] changed = Files.readAllBytes(bundle);
        String text = new String(changed, java.nio.charset.StandardCharsets.US_ASCII);
        int at = text.indexOf("\"ciphertext\":\"") + 40;
        changed[at] = (byte) (changed[at] == 'A' ? 'B' : 'A');
        Path tampered = bundle.resolveSibling("tampered.hwb");
        Files.write(tampered, changed);
        long households = count("household");
        long submissions = count("offline_submission");
        long imports = count("audit_event WHERE action LIKE 'IMPORT_OFFLINE_BUNDLE%'");
        for (String language : List.of("en", "ar")) {
            browser.go("/offline/bundles?lang=" + language);
            browser.driver()
                    .findElement(By.id("bundle-file"))
                    .sendKeys(tampered.toAbsolutePath().toString());
            browser.submit("#bundle-import-button");
            String refusal = browser.find("#bundle-refused").getText();
            if ("ar".equals(language)) {
                assertThat(refusal).contains("لم يُستورد شيء.").contains("توقيع الحزمة لا يطابق الجهاز الذي تذكره");
            } else {
                assertThat(refusal)
                        .contains("Nothing was imported.")
                        .contains("The bundle's signature does not match the device it names");
            }
            assertThat(refusal).contains("BUNDLE_SIGNATURE_INVALID");
            assertThat(browser.driver().findElements(By.id("bundle-report"))).isEmpty();
            assertThat(browser.attributeOfPage("dir")).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
            Files.write(screenshots.resolve("bundle-tampered-" + language + ".png"), screenshot(browser));
        }
        assertThat(count("household")).isEqualTo(households);
        assertThat(count("offline_submission")).isEqualTo(submissions);
        assertThat(count("audit_event WHERE action LIKE 'IMPORT_OFFLINE_BUNDLE%'"))
                .isEqualTo(imports);
    }

    @Test
    void anEditOfAKeptHouseholdTravelsInTheBundleAndIsAppliedOnceWhateverComesAfter() throws Exception {
        Path downloads = Files.createDirectories(Path.of("target", "downloads", "bundle-edit-" + System.nanoTime()))
                .toAbsolutePath();
        String officer = "bundle.edit" + System.nanoTime() % 100000;
        users.create(officer, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(officer, List.of(ScopeGrant.parse("area:SY02")));
        ApiClient colleague = new ApiClient(port, officer, PASSWORD);
        ApiClient.Answer registered = colleague.post("/api/v1/households", HouseholdFixtures.laylaAndSami());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().path("id").asString();
        String reference = registered.json().path("reference").asString();
        String principal = registered.json().path("members").get(0).path("id").asString();

        try (Browser browser = Browser.open(port)) {
            try {
                ChromiumDriver driver = (ChromiumDriver) browser.driver();
                driver.executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                browser.signIn(officer, PASSWORD);
                browser.go("/offline/register/en");
                unlock(browser);
                OfflinePage.waitForServiceWorkerAndReferences(browser);
                browser.waitFor()
                        .until(
                                ignored -> Boolean.TRUE.equals(
                                        ((JavascriptExecutor) driver)
                                                .executeAsyncScript(
                                                        "var done = arguments[0]; HomewardOfflineStore.getMeta('bundleKey').then(function (k) { done(!!k); });")));
                OfflinePage.waitForTheSnapshot(browser);
                browser.type("#keep-reference", reference);
                browser.click("#keep-button");
                browser.waitFor()
                        .until(ignored ->
                                OfflinePage.rows(browser, "kept-rows", "KEPT").size() == 1);

                network(driver, true);
                browser.click("#kept-rows .edit-kept");
                WebElement phone = browser.find("#offline-members fieldset [data-field='phone']");
                phone.clear();
                phone.sendKeys(NEW_PHONE);
                browser.click("#save-record");
                browser.waitFor()
                        .until(ignored -> OfflinePage.rows(browser, "kept-rows", "WAITING")
                                        .size()
                                == 1);
                browser.click("#export-bundle");
                browser.waitFor()
                        .until(ignored ->
                                browser.find("#bundle-status").getText().contains(".hwb"));
                assertThat(browser.find("#bundle-status").getText())
                        .contains("Edits of kept households written with them, waiting too: 1.");
                Path bundle = downloaded(browser, downloads);
                assertThat(Files.readString(bundle)).doesNotContain("Layla", "ليلى", NEW_PHONE);
                browser.screenshot("offline/bundle-edit-export-en");

                OfflineBundleIT.Command imported = OfflineBundleIT.importWithCommand(bundle);
                assertThat(imported.exitCode()).as(imported.output()).isZero();
                assertThat(imported.output())
                        .contains("edits: applied 1, partly applied with conflicts 0, conflict 0, refused 0, "
                                + "already received 0")
                        .doesNotContain(NEW_PHONE);
                assertThat(storedPhone(principal)).isEqualTo(NEW_PHONE);
                assertThat(version(id)).isEqualTo(1);
                OfflineBundleIT.Command again = OfflineBundleIT.importWithCommand(bundle);
                assertThat(again.output()).contains("already received 1");

                network(driver, false);
                browser.waitFor()
                        .until(ignored -> OfflinePage.rows(browser, "kept-rows", "APPLIED")
                                        .size()
                                == 1);
                assertThat(version(id))
                        .as("the device's own sync of the edit changes nothing more")
                        .isEqualTo(1);
                assertThat(count("household_offline_edit WHERE household_id = '" + id + "'"))
                        .isEqualTo(1);
                browser.screenshot("offline/bundle-edit-synced-en");
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("offline/bundle-edit-failure");
                throw failure;
            }
        }
    }

    private String storedPhone(String individual) {
        return jdbc.sql("SELECT phone FROM individual WHERE id = CAST(:id AS uuid)")
                .param("id", individual)
                .query(String.class)
                .single();
    }

    private long version(String id) {
        return jdbc.sql("SELECT version FROM household WHERE id = CAST(:id AS uuid)")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndCondition)
                .query(Long.class)
                .single();
    }

    private static Path downloaded(Browser browser, Path downloads) {
        browser.waitFor().until(ignored -> finishedDownloads(downloads).size() == 1);
        return finishedDownloads(downloads).get(0);
    }

    private static List<Path> finishedDownloads(Path downloads) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".hwb"))
                    .toList();
        } catch (java.io.IOException unreadable) {
            return List.of();
        }
    }

    private static byte[] screenshot(Browser browser) {
        return ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
    }

    private static void unlock(Browser browser) {
        browser.waitFor().until(driver -> browser.find("#unlock-button").isEnabled());
        browser.type("#passphrase", PASSPHRASE);
        browser.click("#unlock-button");
        browser.find("#offline-form");
    }

    private static void network(ChromiumDriver driver, boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void register(Browser browser) {
        new Select(browser.find("#returnType")).selectByValue("REFUGEE");
        browser.type("#originCountry", "LBN");
        browser.type("#crossingPoint", "MASNAA");
        browser.type("#destinationPcode", "SY020000");
        browser.type("#registrationSite", "Masnaa crossing");
        String[] fields = {
            "givenNameAr", "givenNameLatin", "fatherNameAr", "fatherNameLatin", "familyNameAr", "familyNameLatin"
        };
        String[] names = {"نور", "Nour", "حسن", "Hassan", "درويش", "Darwish"};
        for (int i = 0; i < fields.length; i++) {
            browser.type("#offline-members fieldset [data-field='" + fields[i] + "']", names[i]);
        }
        new Select(browser.find("#offline-members fieldset [data-field='sex']")).selectByValue("F");
        browser.type("#offline-members fieldset [data-field='birthDate']", "1993-04-02");
        browser.click("#save-record");
        browser.waitFor()
                .until(driver -> !driver.findElements(By.cssSelector("#outbox-rows tr[data-state='WAITING']"))
                        .isEmpty());
    }

    private long householdsWithReference(String reference) {
        return jdbc.sql("SELECT count(*) FROM household WHERE reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single();
    }
}
