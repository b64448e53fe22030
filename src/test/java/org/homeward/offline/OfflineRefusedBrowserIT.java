package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.offline.OfflinePage.indexedDbContent;
import static org.homeward.offline.OfflinePage.network;
import static org.homeward.offline.OfflinePage.rows;
import static org.homeward.offline.OfflinePage.textOf;
import static org.homeward.offline.OfflinePage.unlock;

import java.util.List;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two records registered offline come back from the server refused (their reference expired) and in
 * conflict (their reference already carried by another record): the device shows each state with its
 * reason in the page's language, English and Arabic, and keeps both across a reload. The refused one
 * is fixed and sent again under a new reference; the other is discarded, only with a reason, which the
 * device keeps encrypted.
 */
@HomewardTest
class OfflineRefusedBrowserIT {

    private static final String PASSWORD = "offline refused browser password";
    private static final String DISCARD_REASON = "typed twice by mistake";
    private static final List<String> NAMES =
            List.of("Rania", "رانيا", "Khatib", "الخطيب", "Fadi", "فادي", "Omari", "العمري");

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void showsRefusedAndConflictRowsWithTheirReasonInBothLanguagesFixesOneAndDiscardsTheOtherWithASealedReason()
            throws Exception {
        String officer = TestUsers.create(
                users,
                "refused.device." + Long.toString(System.nanoTime() % 1_000_000, 36),
                Role.REGISTRATION_OFFICER,
                PASSWORD,
                "Test NGO",
                TestUsers.area("SY02"));
        try (Browser browser = Browser.open(port)) {
            try {
                browser.signIn(officer, PASSWORD);
                browser.go("/offline/register/en");
                unlock(browser);
                OfflinePage.waitForServiceWorkerAndReferences(browser);
                OfflinePage.waitForTheSnapshot(browser);

                network(browser, true);
                String expired = register(browser, new String[] {"رانيا", "Rania", "الخطيب", "Al-Khatib"}, "F");
                String taken = register(browser, new String[] {"فادي", "Fadi", "العمري", "Al-Omari"}, "M");
                expire(expired);
                markUsed(taken);

                network(browser, false);
                browser.waitFor()
                        .until(driver -> rows(browser, "outbox-rows", "REFUSED").size() == 1
                                && rows(browser, "outbox-rows", "CONFLICT").size() == 1);
                assertThat(stateCell(browser, expired))
                        .contains("Refused")
                        .contains("This reference expired before the record arrived: give the household a new one.")
                        .contains("(Reference)");
                assertThat(stateCell(browser, taken))
                        .contains("Conflict")
                        .contains("Another record of this device already carries this reference.");
                assertThat(householdsWithReference(expired) + householdsWithReference(taken))
                        .isZero();
                browser.screenshot("offline/refused-en");

                browser.driver().navigate().refresh();
                unlock(browser);
                browser.waitFor()
                        .until(driver -> rows(browser, "outbox-rows", "REFUSED").size() == 1);
                assertThat(rows(browser, "outbox-rows", "CONFLICT"))
                        .as("both stay on the device after a reload")
                        .hasSize(1);

                browser.go("/offline/register/ar");
                unlock(browser);
                browser.waitFor()
                        .until(driver -> rows(browser, "outbox-rows", "REFUSED").size() == 1);
                assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
                assertThat(stateCell(browser, expired))
                        .contains("مرفوض")
                        .contains("انتهت صلاحية هذا الرقم المرجعي قبل وصول السجل: أعطِ الأسرة رقماً جديداً.")
                        .contains("(الرقم المرجعي)")
                        .doesNotContain("expired");
                assertThat(stateCell(browser, taken))
                        .contains("تعارض")
                        .contains("سجل آخر من هذا الجهاز يحمل هذا الرقم المرجعي بالفعل.");
                browser.screenshot("offline/refused-ar");

                String resent = fixAndResend(browser, expired);
                assertThat(resent).isNotEqualTo(expired);
                assertThat(householdsWithReference(resent)).isEqualTo(1);
                assertThat(householdsWithReference(expired)).isZero();

                discardWithAReason(browser, taken);
                String stored = indexedDbContent(browser);
                assertThat(stored).contains("DISCARDED").contains("sealedReason");
                assertThat(stored).as("the discard reason is kept encrypted").doesNotContain(DISCARD_REASON);
                for (String name : NAMES) {
                    assertThat(stored).as("no name in plain text").doesNotContain(name);
                }
                browser.driver().navigate().refresh();
                unlock(browser);
                browser.waitFor()
                        .until(driver ->
                                rows(browser, "outbox-rows", "DISCARDED").size() == 1);
                assertThat(rowOf(browser, taken).getText()).contains("مُستبعد");
                assertThat(householdsWithReference(taken)).isZero();
                browser.screenshot("offline/discarded-ar");
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("offline/refused-failure");
                throw failure;
            }
        }
    }

    /** Edits the refused record as it is and saves it: it takes a new reference and goes through. */
    private static String fixAndResend(Browser browser, String reference) {
        rowOf(browser, reference).findElement(By.cssSelector(".edit-record")).click();
        assertThat(browser.find("#offline-members fieldset [data-field='givenNameLatin']")
                        .getAttribute("value"))
                .isEqualTo("Rania");
        browser.click("#save-record");
        browser.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("#outbox-rows tr[data-state='SENT']"))
                                .size()
                        == 1);
        WebElement sent = browser.find("#outbox-rows tr[data-state='SENT']");
        assertThat(sent.getText()).contains("أُرسل");
        assertThat(rows(browser, "outbox-rows", "REFUSED")).isEmpty();
        return sent.findElement(By.cssSelector("td")).getText();
    }

    /** Discarding asks why: a reason too short discards nothing; a reason discards the record. */
    private static void discardWithAReason(Browser browser, String reference) {
        rowOf(browser, reference).findElement(By.cssSelector(".discard-record")).click();
        WebElement reason = rowOf(browser, reference).findElement(By.cssSelector(".discard-reason"));
        reason.sendKeys("no");
        rowOf(browser, reference)
                .findElement(By.cssSelector(".confirm-discard"))
                .click();
        assertThat(rowOf(browser, reference).getAttribute("data-state"))
                .as("no discarding without a reason")
                .isEqualTo("CONFLICT");
        reason.clear();
        reason.sendKeys(DISCARD_REASON);
        rowOf(browser, reference)
                .findElement(By.cssSelector(".confirm-discard"))
                .click();
        browser.waitFor()
                .until(driver -> "DISCARDED".equals(rowOf(browser, reference).getAttribute("data-state")));
    }

    /** Registers a household of one member offline and answers the reserved reference it was given. */
    private static String register(Browser browser, String[] names, String sex) {
        new Select(browser.find("#returnType")).selectByValue("REFUGEE");
        browser.type("#originCountry", "LBN");
        browser.type("#crossingPoint", "MASNAA");
        browser.type("#destinationPcode", "SY020000");
        browser.type("#registrationSite", "Masnaa crossing");
        String[] fields = {"givenNameAr", "givenNameLatin", "familyNameAr", "familyNameLatin"};
        for (int i = 0; i < fields.length; i++) {
            browser.type("#offline-members fieldset [data-field='" + fields[i] + "']", names[i]);
        }
        new Select(browser.find("#offline-members fieldset [data-field='sex']")).selectByValue(sex);
        browser.type("#offline-members fieldset [data-field='birthDate']", "1988");
        String before = textOf(browser, "form-message");
        browser.click("#save-record");
        browser.waitFor().until(driver -> !textOf(browser, "form-message").equals(before));
        java.util.regex.Matcher reference =
                java.util.regex.Pattern.compile("HW-[0-9A-Z-]+").matcher(textOf(browser, "form-message"));
        assertThat(reference.find()).as(textOf(browser, "form-message")).isTrue();
        return reference.group();
    }

    private static WebElement rowOf(Browser browser, String reference) {
        return browser.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("#outbox-rows tr")).stream()
                        .filter(row ->
                                row.findElement(By.cssSelector("td")).getText().equals(reference))
                        .findFirst()
                        .orElse(null));
    }

    private static String stateCell(Browser browser, String reference) {
        return rowOf(browser, reference)
                .findElement(By.cssSelector(".record-state"))
                .getText();
    }

    private void expire(String reference) {
        assertThat(jdbc.sql("UPDATE offline_reserved_reference SET expires_at = now() - interval '1 minute'"
                                + " WHERE reference = :reference")
                        .param("reference", reference)
                        .update())
                .isEqualTo(1);
    }

    /** As if another record of the device had already carried this reference to the server. */
    private void markUsed(String reference) {
        assertThat(jdbc.sql("UPDATE offline_reserved_reference SET used_at = now() WHERE reference = :reference")
                        .param("reference", reference)
                        .update())
                .isEqualTo(1);
    }

    private long householdsWithReference(String reference) {
        return jdbc.sql("SELECT count(*) FROM household WHERE reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single();
    }
}
