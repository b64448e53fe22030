package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.ConsentRequest;
import org.homeward.registry.ConsentService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator uploads a scanned birth notification and a title deed in two versions, sees the
 * file's chain of custody, and refers the household to legal aid (refused for a partner its consent
 * does not name, made for one it does), in English and Arabic, in a real browser.
 */
@HomewardTest
class EvidenceBrowserIT {

    private static final String LEGAL_AID = "Syrian Legal Aid Network";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    ConsentService consents;

    @LocalServerPort
    int port;

    @Test
    void uploadsEvidenceKeepsLockerVersionsShowsCustodyAndRefersUnderConsent() throws Exception {
        String coordinator = EvidenceTestData.user(users, "evidence.browser", Role.COORDINATOR);
        Household household = EvidenceTestData.household(
                households, "SY010000", "EV-B" + UUID.randomUUID().toString().substring(0, 6));
        consents.record(
                household.id(),
                new ConsentRequest(
                        household.version(), List.of("REFERRAL"), List.of(LEGAL_AID), "principal", "WRITTEN"),
                "browser-test");
        Path scans = Files.createDirectories(Path.of("target", "evidence-browser"));
        Path notification =
                Files.write(scans.resolve("notification.pdf"), EvidenceSamples.pdf("Birth notification, Layla"));
        Path fake = Files.write(scans.resolve("certificate.pdf"), EvidenceSamples.html());
        Path deed = Files.write(scans.resolve("deed.png"), EvidenceSamples.png(17));

        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, EvidenceTestData.PASSWORD);
            browser.go("/evidence/households/" + household.id() + "?lang=en");
            browser.type("#title", "Birth certificate");
            browser.find("#file").sendKeys(fake.toAbsolutePath().toString());
            browser.submit("#upload-button");
            assertThat(browser.find("#upload-problem").getText()).contains("not a PDF, JPEG or PNG by its content");
            browser.screenshot("evidence-refused-en");

            browser.type("#title", "Hospital birth notification");
            browser.find("#file").sendKeys(notification.toAbsolutePath().toString());
            browser.submit("#upload-button");
            assertThat(browser.find("#added-notice").getText()).contains("encrypted");
            assertThat(browser.find("#file-sha256").getText())
                    .isEqualTo(EvidenceService.sha256(Files.readAllBytes(notification)));
            assertThat(browser.find("#custody-table").getText())
                    .contains("Added")
                    .contains("Viewed")
                    .contains(coordinator);
            browser.screenshot("evidence-file-en");

            for (int version = 1; version <= 2; version++) {
                browser.go("/evidence/households/" + household.id());
                browser.type("#document", "Title deed, Homs flat");
                browser.find("#locker-file").sendKeys(deed.toAbsolutePath().toString());
                browser.submit("#locker-button");
                assertThat(browser.find("#locker-notice").isDisplayed()).isTrue();
            }
            assertThat(browser.find("#locker").getText())
                    .contains("Title deed, Homs flat")
                    .contains("Version 2")
                    .contains("Version 1");
            assertThat(browser.find("#files-table").getText()).contains("Hospital birth notification");
            browser.screenshot("evidence-household-en");

            browser.go("/referrals/households/" + household.id());
            browser.type("#partner", "Another Organisation");
            new Select(browser.find("#need")).selectByValue("LEGAL_AID");
            browser.submit("#refer-button");
            assertThat(browser.find("#referral-problem").getText()).contains("does not name this partner");
            assertThat(browser.driver().findElements(By.cssSelector("section.referral")))
                    .isEmpty();
            browser.screenshot("referral-refused-en");

            browser.type("#partner", LEGAL_AID);
            browser.submit("#refer-button");
            assertThat(browser.find("#referred-notice").isDisplayed()).isTrue();
            new Select(browser.find("section.referral select[name=outcome]")).selectByValue("ACCEPTED");
            browser.find("section.referral input[name=note]").sendKeys("Lawyer assigned");
            browser.submit("section.referral .outcome-form button");
            assertThat(browser.find("#recorded-notice").isDisplayed()).isTrue();
            assertThat(browser.find("section.referral").getText())
                    .contains(LEGAL_AID)
                    .contains("Accepted")
                    .contains("Lawyer assigned");
            browser.screenshot("referral-made-en");

            browser.go("/referrals/households/" + household.id() + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("h1").getText()).startsWith("الإحالات");
            assertThat(browser.find("section.referral").getText()).contains("قُبلت");
            browser.screenshot("referral-ar");
            browser.go("/evidence/households/" + household.id());
            assertThat(browser.find("#locker h2").getText()).isEqualTo("خزانة الملكية");
            browser.screenshot("evidence-household-ar");
            browser.submit("#files-table a");
            assertThat(browser.find("#custody-table").getText())
                    .contains("أُضيف")
                    .contains("عُرض");
            browser.screenshot("evidence-file-ar");
        }
    }
}
