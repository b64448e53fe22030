package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.offline.OfflinePage.network;
import static org.homeward.offline.OfflinePage.textOf;
import static org.homeward.offline.OfflinePage.unlock;

import java.util.List;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The offline form downloads the registered people of the officer's scope while online and keeps them
 * sealed; with the network off, a man typed with other spellings of his names is named as likely the
 * one already registered, by his household's reference, while a man of the same family with another
 * given name is not; nothing of the snapshot is readable in the browser's storage.
 */
@HomewardTest
class OfflineSnapshotBrowserIT {

    private static final String PASSWORD = "offline snapshot password";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @LocalServerPort
    int port;

    @Test
    void warnsOfflineThatAPersonTypedIsLikelyOneRegisteredInTheScopeFromTheSealedSnapshot() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String family = "Snapq" + letters(run) + "o";
        Household registered = households.register(
                new RegisterHouseholdRequest(
                        "Snapshot site",
                        new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY020000", null),
                        List.of(new IndividualDetails(
                                "PRINCIPAL",
                                null,
                                "Youssef",
                                null,
                                "Khaled",
                                null,
                                "Hassan",
                                null,
                                "Al-" + family,
                                "M",
                                "1984-03",
                                null,
                                null,
                                null,
                                null,
                                List.of()))),
                "system");
        String officer = "snapshot.browser." + run;
        users.create(officer, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(officer, List.of(ScopeGrant.parse("area:SY02")));

        try (Browser browser = Browser.open(port)) {
            try {
                browser.signIn(officer, PASSWORD);
                browser.go("/offline/register/en");
                unlock(browser);
                OfflinePage.waitForServiceWorkerAndReferences(browser);
                browser.waitFor()
                        .until(driver -> String.valueOf(
                                        browser.find("#snapshot-panel").getAttribute("data-people"))
                                .matches("\\d+"));
                assertThat(Integer.parseInt(browser.find("#snapshot-panel").getAttribute("data-people")))
                        .isPositive();
                assertThat(textOf(browser, "snapshot-status"))
                        .contains("People: ")
                        .contains("KB")
                        .contains("min ago");

                network(browser, true);
                type(browser, "يوسف", "Yusuf", "Khalid", family, "1984");
                assertThat(browser.driver()
                                .findElement(By.id("duplicate-warnings"))
                                .isDisplayed())
                        .isTrue();
                String warnings = browser.find("#duplicate-warnings").getText();
                assertThat(warnings).contains(registered.reference()).contains("already registered");
                ((JavascriptExecutor) browser.driver())
                        .executeScript("document.getElementById('duplicate-warnings').scrollIntoView()");
                browser.screenshot("offline-snapshot/duplicate-warning-en");

                type(browser, "", "Omar", "Khalid", family, "1984");
                assertThat(browser.driver()
                                .findElement(By.id("duplicate-warnings"))
                                .isDisplayed())
                        .as("a brother (another given name, the same father) is not offered as the same man")
                        .isFalse();

                String stored = OfflinePage.indexedDbContent(browser);
                assertThat(stored).as("the sealed snapshot is on the device").contains("downloadedAt");
                for (String plain :
                        List.of(registered.reference(), family.toLowerCase(), family, "youssef", "yusuf", "يوسف")) {
                    assertThat(stored)
                            .as("the device holds no " + plain + " in plain text")
                            .doesNotContain(plain);
                }
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("offline-snapshot/failure");
                throw failure;
            }
        }
    }

    /** Types a man into the form and keeps him on the device. */
    private static void type(Browser browser, String givenAr, String given, String father, String family, String born) {
        new Select(browser.find("#returnType")).selectByValue("REFUGEE");
        browser.type("#originCountry", "LBN");
        browser.type("#destinationPcode", "SY020000");
        if (!givenAr.isEmpty()) {
            browser.type("#offline-members fieldset [data-field='givenNameAr']", givenAr);
        }
        browser.type("#offline-members fieldset [data-field='givenNameLatin']", given);
        browser.type("#offline-members fieldset [data-field='fatherNameLatin']", father);
        browser.type("#offline-members fieldset [data-field='familyNameLatin']", family);
        new Select(browser.find("#offline-members fieldset [data-field='sex']")).selectByValue("M");
        browser.type("#offline-members fieldset [data-field='birthDate']", born);
        String before = textOf(browser, "form-message");
        String checkedBefore = checked(browser);
        browser.click("#save-record");
        browser.waitFor().until(driver -> {
            String message = textOf(browser, "form-message");
            return message.contains("HW-")
                    && !message.equals(before)
                    && !checked(browser).equals(checkedBefore);
        });
    }

    /** The record the duplicate check last finished for. */
    private static String checked(Browser browser) {
        return String.valueOf(
                browser.driver().findElement(By.id("duplicate-warnings")).getAttribute("data-checked"));
    }

    private static String letters(String run) {
        StringBuilder letters = new StringBuilder();
        for (char c : run.toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 36) % 26));
        }
        return letters.toString();
    }
}
