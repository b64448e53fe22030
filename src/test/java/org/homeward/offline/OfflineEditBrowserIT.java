package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.offline.OfflinePage.network;
import static org.homeward.offline.OfflinePage.rows;
import static org.homeward.offline.OfflinePage.textOf;
import static org.homeward.offline.OfflinePage.unlock;

import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A household kept on a device and edited with the network off (a phone and the son's name) while a
 * colleague corrects the son's name online: a download does not replace the edit still waiting; sent,
 * the phone is applied and the name becomes a conflict; a coordinator sees the three values on the
 * conflicts page in English and Arabic, takes the device's value, and the household's history shows it.
 */
@HomewardTest
class OfflineEditBrowserIT {

    private static final String PASSWORD = "offline edit browser password";
    private static final String NEW_PHONE = "+963955000111";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void mergesThePhoneLeavesTheNameChangedOnBothSidesToACoordinatorAndRecordsTheDecision() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String officer = user("edit.device." + run, Role.REGISTRATION_OFFICER);
        ApiClient colleague = new ApiClient(port, user("edit.online." + run, Role.REGISTRATION_OFFICER), PASSWORD);
        String coordinator = user("edit.super." + run, Role.COORDINATOR);
        Answer registered = colleague.post("/api/v1/households", HouseholdFixtures.laylaAndSami());
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().path("id").asString();
        String reference = registered.json().path("reference").asString();
        String principal = registered.json().path("members").get(0).path("id").asString();
        String son = registered.json().path("members").get(1).path("id").asString();

        try (Browser browser = Browser.open(port)) {
            try {
                browser.signIn(officer, PASSWORD);
                browser.go("/offline/register/en");
                unlock(browser);
                OfflinePage.waitForServiceWorkerAndReferences(browser);
                keep(browser, reference);
                browser.waitFor()
                        .until(driver -> rows(browser, "kept-rows", "KEPT").size() == 1);

                network(browser, true);
                browser.click("#kept-rows .edit-kept");
                List<WebElement> members = browser.driver().findElements(By.cssSelector("#offline-members fieldset"));
                assertThat(members).hasSize(2);
                assertThat(members.get(1)
                                .findElement(By.cssSelector("[data-field='givenNameLatin']"))
                                .getAttribute("value"))
                        .isEqualTo("Sami");
                retype(members.get(0).findElement(By.cssSelector("[data-field='phone']")), NEW_PHONE);
                retype(members.get(1).findElement(By.cssSelector("[data-field='givenNameLatin']")), "Samy");
                browser.click("#save-record");
                browser.waitFor()
                        .until(driver -> rows(browser, "kept-rows", "WAITING").size() == 1);
                String stored = OfflinePage.indexedDbContent(browser);
                assertThat(stored).contains("kept:").contains(reference);
                for (String plain :
                        List.of("Layla", "ليلى", "Sami", "Samy", "Offkurdi", "الكردي", NEW_PHONE, "944771234")) {
                    assertThat(stored)
                            .as("the device holds no " + plain + " in plain text")
                            .doesNotContain(plain);
                }
                browser.screenshot("offline-edit/edit-waiting-en");

                // Meanwhile, online: a colleague corrects the son's name.
                Answer online = colleague.put(
                        "/api/v1/households/" + id + "/members/" + son,
                        Map.of(
                                "version",
                                0,
                                "member",
                                HouseholdFixtures.offkurdiSon("Sammy"),
                                "reason",
                                "spelling on the ID"));
                assertThat(online.status()).isEqualTo(200);

                // Back online, but the edits cannot get through yet: a new download must not replace the edit.
                OfflinePage.block(browser, List.of("*offline-edits*"));
                network(browser, false);
                browser.waitFor().until(driver -> textOf(browser, "sync-status").contains("Could not reach"));
                keep(browser, reference);
                browser.waitFor().until(driver -> textOf(browser, "kept-status").contains("still waits"));
                assertThat(rows(browser, "kept-rows", "WAITING")).hasSize(1);
                assertThat(browser.takeConsoleErrors()).allMatch(error -> error.contains("offline-edits"));

                OfflinePage.block(browser, List.of());
                browser.click("#sync-button");
                browser.waitFor()
                        .until(driver -> rows(browser, "kept-rows", "PARTLY_APPLIED_WITH_CONFLICTS")
                                        .size()
                                == 1);
                String outcome = rows(browser, "kept-rows", "PARTLY_APPLIED_WITH_CONFLICTS")
                        .get(0)
                        .getText();
                assertThat(outcome)
                        .contains("Applied: member 1: Phone")
                        .contains("left to a supervisor: member 2: Given name (Latin)");
                assertThat(storedPhone(principal)).isEqualTo(NEW_PHONE);
                assertThat(colleague
                                .get("/api/v1/households/" + id)
                                .json()
                                .path("members")
                                .get(1)
                                .path("givenNameLatin")
                                .asString())
                        .isEqualTo("Sammy");
                browser.screenshot("offline-edit/outcome-en");
                browser.submit("#sign-out-button");

                decide(browser, coordinator, id);
                assertThat(colleague
                                .get("/api/v1/households/" + id)
                                .json()
                                .path("members")
                                .get(1)
                                .path("givenNameLatin")
                                .asString())
                        .isEqualTo("Samy");
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("offline-edit/failure");
                throw failure;
            }
        }
    }

    /** The coordinator reads the conflict in English and Arabic, takes the device's value, and finds it in the history. */
    private void decide(Browser browser, String coordinator, String id) throws Exception {
        browser.signIn(coordinator, PASSWORD);
        browser.go("/edit-conflicts?lang=en");
        WebElement conflict = conflictOf(browser, id);
        assertThat(conflict.findElement(By.cssSelector(".base-value")).getText())
                .isEqualTo("Sami");
        assertThat(conflict.findElement(By.cssSelector(".their-value")).getText())
                .isEqualTo("Sammy");
        assertThat(conflict.findElement(By.cssSelector(".your-value")).getText())
                .isEqualTo("Samy");
        assertThat(conflict.getText()).contains("Given name (Latin)").doesNotContain("Phone");
        browser.screenshot("offline-edit/conflicts-en");

        browser.go("/edit-conflicts?lang=ar");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        conflict = conflictOf(browser, id);
        assertThat(conflict.getText())
                .contains("الاسم (بالحروف اللاتينية)")
                .contains("Sami")
                .contains("Sammy")
                .contains("Samy");
        browser.screenshot("offline-edit/conflicts-ar");
        conflict.findElement(By.cssSelector("input[value='YOURS']")).click();
        String section = conflict.getAttribute("id");
        browser.submit("#" + section + " button[type='submit']");
        assertThat(browser.find("#conflict-resolved").getText()).isNotBlank();
        assertThat(browser.driver().findElements(By.id(section))).isEmpty();

        browser.go("/households/" + id + "?lang=ar");
        String decided = browser.find("#history .conflict-decided").getText();
        assertThat(decided)
                .contains("الاسم (باللاتينية)")
                .doesNotContain("givenNameLatin")
                .contains("اعتُمدت قيمة الجهاز");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('history').scrollIntoView()");
        browser.screenshot("offline-edit/history-ar");
        browser.go("/households/" + id + "?lang=en");
        assertThat(browser.find("#history").getText())
                .contains("Conflict of an offline edit decided")
                .contains("The device's value was taken");
    }

    private static WebElement conflictOf(Browser browser, String householdId) {
        return browser.find("section.conflict:has(a[href='/households/" + householdId + "'])");
    }

    private static void keep(Browser browser, String reference) {
        String before = textOf(browser, "kept-status");
        browser.type("#keep-reference", reference);
        browser.click("#keep-button");
        browser.waitFor().until(driver -> !textOf(browser, "kept-status").equals(before));
    }

    private static void retype(WebElement field, String value) {
        field.clear();
        field.sendKeys(value);
    }

    private String user(String name, Role role) {
        return TestUsers.create(users, name, role, PASSWORD, "Test NGO", TestUsers.area("SY02"));
    }

    private String storedPhone(String individual) {
        return jdbc.sql("SELECT phone FROM individual WHERE id = CAST(:id AS uuid)")
                .param("id", individual)
                .query(String.class)
                .single();
    }
}
