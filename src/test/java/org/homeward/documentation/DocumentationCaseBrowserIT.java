package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a registration officer registers a family whose son was born in Lebanon; the
 * case worker finds the proposed birth case, accepts it, uploads the scanned evidence at the steps
 * that need it (a PDF and a JPEG made here; an HTML page named .pdf is refused in the page's
 * language), sees each file's fingerprint and chain of custody, downloads it back, completes the
 * chain, has the certificate issued and closes the case; the history shows every step, in English
 * and in Arabic. Screenshots go to target/screenshots/documentation.
 */
@HomewardTest
class DocumentationCaseBrowserIT {

    /** A sub-district no other test sends households to. */
    private static final String AREA = "SY110302";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void aChildBornAbroadIsProposedACaseThatIsCompletedIssuedAndClosed() throws Exception {
        String officer = DocumentationTestData.user(users, Role.REGISTRATION_OFFICER, AREA);
        String worker = DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, AREA);
        String elsewhere = DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY02");
        Files.createDirectories(Path.of("target", "screenshots", "documentation"));
        Path scans = Files.createDirectories(Path.of("target", "documentation-browser"));
        byte[] notificationPdf = EvidenceSamples.pdf("Birth notification, Adam, 1 June 2020");
        byte[] certificateJpeg = EvidenceSamples.jpeg(9);
        Path notification = Files.write(scans.resolve("birth-notification.pdf"), notificationPdf);
        Path certificate = Files.write(scans.resolve("mukhtar-certificate.jpg"), certificateJpeg);
        Path disguised = Files.write(scans.resolve("certificate.pdf"), EvidenceSamples.html());
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, DocumentationTestData.PASSWORD);
            register(browser);
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(worker, DocumentationTestData.PASSWORD);
            browser.go("/documentation?lang=en");
            WebElement proposal = birthProposal(browser);
            assertThat(proposal.getText())
                    .contains("Birth of a child born abroad")
                    .contains("Lebanon");
            browser.screenshot("documentation/proposed-en");
            proposal.findElement(By.cssSelector(".accept-proposal")).click();
            browser.find("#case-facts");
            String casePage =
                    browser.driver().getCurrentUrl().replaceAll("\\?.*", "").replace("http://localhost:" + port, "");
            assertThat(browser.find("#case-title").getText()).isEqualTo("Birth of a child born abroad · Lebanon");
            assertThat(browser.find("#case-status").getText()).isEqualTo("Open");
            // Born 1 June 2020, during the Lebanese pause: the year runs from 1 January 2021, so it ended on 1 January
            // 2022.
            assertThat(browser.find("#step-NOFOUS_REGISTRATION .deadline").getText())
                    .contains("Overdue", "2022-01-01", "Laws 160 and 185");

            upload(browser, "MEDICAL_NOTIFICATION", "Hospital birth notification", disguised);
            assertThat(browser.find("#step-MEDICAL_NOTIFICATION .evidence-problem")
                            .getText())
                    .contains("not a PDF, JPEG or PNG by its content");
            assertThat(browser.driver().findElements(By.cssSelector(".evidence-file")))
                    .isEmpty();
            browser.screenshot("documentation/evidence-refused-en");
            browser.go(casePage + "?lang=ar");
            upload(browser, "MEDICAL_NOTIFICATION", "إشعار الولادة", disguised);
            assertThat(browser.find("#step-MEDICAL_NOTIFICATION .evidence-problem")
                            .getText())
                    .contains("محتوى الملف ليس PDF ولا JPEG ولا PNG");
            browser.screenshot("documentation/evidence-refused-ar");
            browser.go(casePage + "?lang=en");

            upload(browser, "MEDICAL_NOTIFICATION", "Hospital birth notification", notification);
            assertThat(browser.find("#step-MEDICAL_NOTIFICATION .evidence-added")
                            .getText())
                    .contains("encrypted");
            assertThat(browser.find("#step-MEDICAL_NOTIFICATION .evidence-file").getText())
                    .contains(
                            "Hospital birth notification", "application/pdf", EvidenceService.sha256(notificationPdf));
            step(browser, "MEDICAL_NOTIFICATION", "DONE", "BIRTH_NOTIFICATION", "PARENT_IDENTITY");
            upload(browser, "MUKHTAR_CERTIFICATE", "Mukhtar's birth certificate", certificate);
            assertThat(browser.find("#step-MUKHTAR_CERTIFICATE .evidence-file").getText())
                    .contains("Mukhtar's birth certificate", "image/jpeg", EvidenceService.sha256(certificateJpeg));
            browser.screenshot("documentation/evidence-at-steps-en");
            step(browser, "MUKHTAR_CERTIFICATE", "DONE", "BIRTH_NOTIFICATION", "WITNESSES");

            browser.submit("#step-MEDICAL_NOTIFICATION .evidence-link");
            assertThat(browser.find("#file-sha256").getText()).isEqualTo(EvidenceService.sha256(notificationPdf));
            assertThat(downloaded(browser)).isEqualTo(notificationPdf);
            browser.go(browser.driver()
                    .getCurrentUrl()
                    .replace("http://localhost:" + port, "")
                    .replaceAll("\\?.*", ""));
            assertThat(custody(browser)).contains("Added " + worker, "Viewed " + worker, "Downloaded " + worker);
            browser.screenshot("documentation/evidence-custody-en");
            browser.go(casePage + "?lang=en");
            step(browser, "NOFOUS_REGISTRATION", "DONE", "MUKHTAR_CERTIFICATE");
            step(browser, "COURT_ORDER", "SKIPPED");
            browser.screenshot("documentation/steps-en");
            step(browser, "FOREIGNERS_REGISTRY", "DONE", "NOFOUS_EXTRACT");
            assertThat(browser.find("#case-progress").getText()).isEqualTo("4 of 4");
            move(browser, "SUBMITTED");
            move(browser, "ISSUED");
            assertThat(browser.find("#case-status").getText()).isEqualTo("Issued");
            browser.type("#assignee", elsewhere);
            browser.type("#assign-reason", "Moving to Homs");
            browser.submit("#assign-form button");
            assertThat(browser.find(".alert.error").getText()).contains("do not cover the household");
            browser.screenshot("documentation/assignment-refused-en");
            browser.go(casePage + "?lang=en");
            move(browser, "CLOSED");
            assertThat(browser.find("#case-status").getText()).isEqualTo("Closed");

            String history = browser.find("#history-list").getText();
            assertThat(history)
                    .contains(
                            "Case opened",
                            "Chain of steps completed",
                            "Birth notification",
                            "Birth certificate from the mukhtar",
                            "Registration at the civil registry (Nofous)",
                            "Court order for late registration",
                            "Registration at the foreigners' registry");
            assertThat(browser.driver().findElements(By.cssSelector("#history-list .event-STEP_DONE")))
                    .hasSize(4);
            assertThat(browser.driver().findElements(By.cssSelector("#history-list .event-STATUS_CHANGED")))
                    .hasSize(4);
            assertThat(browser.find("#step-MUKHTAR_CERTIFICATE .evidence-file").getText())
                    .contains(EvidenceService.sha256(certificateJpeg));
            browser.screenshot("documentation/case-closed-en");

            browser.go(casePage + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("#case-title").getText()).isEqualTo("تسجيل ولادة طفل مولود في الخارج · لبنان");
            assertThat(browser.find("#case-status").getText()).isEqualTo("مغلقة");
            assertThat(browser.find("#history-list").getText())
                    .contains("اكتملت سلسلة الخطوات", "وثيقة ولادة من المختار");
            assertThat(browser.find("#step-MEDICAL_NOTIFICATION .evidence-file").getText())
                    .contains("بصمة SHA-256", EvidenceService.sha256(notificationPdf));
            browser.screenshot("documentation/case-closed-ar");
            browser.type("#assignee", elsewhere);
            browser.type("#assign-reason", "ينتقل إلى حمص");
            browser.submit("#assign-form button");
            assertThat(browser.find(".alert.error").getText()).contains("لا تشمل هذه الأسرة");
            browser.screenshot("documentation/assignment-refused-ar");
            browser.go(casePage + "?lang=ar");
            browser.submit("#step-MUKHTAR_CERTIFICATE .evidence-link");
            assertThat(browser.find("#custody-table").getText()).contains("أُضيف", "عُرض");
            browser.screenshot("documentation/evidence-custody-ar");

            browser.go("/documentation?lang=ar&queue=ALL");
            assertThat(browser.find("h1").getText()).isEqualTo("حالات التوثيق المدني");
            browser.screenshot("documentation/queue-ar");
            browser.go("/documentation/figures?lang=ar");
            browser.find("#backlog-chart canvas");
            assertThat(browser.find("#figures-proposals h2").getText())
                    .isEqualTo("الحالات المقترحة: المقبولة والمرفوضة والمنتظرة");
            browser.screenshot("documentation/figures-ar");
            browser.go("/documentation/figures?lang=en");
            assertThat(browser.find("#figures-backlog h2").getText()).startsWith("Backlog");
            browser.screenshot("documentation/figures-en");
        }
    }

    private static void register(Browser browser) throws Exception {
        browser.go("/households/new?lang=en");
        new Select(browser.find("#returnType")).selectByValue("REFUGEE");
        browser.type("#originCountry", "LBN");
        browser.type("#crossingPoint", "MASNAA");
        browser.type("#destinationPcode", AREA);
        browser.type("[id='members0.givenNameAr']", "ياسر");
        browser.type("[id='members0.familyNameAr']", "الإدلبي");
        browser.type("[id='members0.givenNameLatin']", "Yaser");
        new Select(browser.find("[id='members0.sex']")).selectByValue("M");
        browser.type("[id='members0.birthDate']", "1985");
        browser.click("#add-member");
        browser.find("#member-1");
        new Select(browser.find("[id='members1.relationship']")).selectByValue("SON");
        browser.type("[id='members1.givenNameAr']", "آدم");
        new Select(browser.find("[id='members1.sex']")).selectByValue("M");
        browser.type("[id='members1.birthDate']", "2020-06-01");
        browser.screenshot("documentation/registration-en");
        browser.click("#register-button");
        browser.find("#registered-notice");
    }

    private static WebElement birthProposal(Browser browser) {
        browser.find("#proposals-table");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#proposals-table tr.proposal"));
        return rows.stream()
                .filter(row -> row.getText().contains("born abroad"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no birth proposal among " + rows.size()));
    }

    private static void step(Browser browser, String code, String outcome, String... evidence) {
        WebElement step = browser.find("#step-" + code);
        for (String item : evidence) {
            step.findElement(By.cssSelector("input[name=evidence][value=" + item + "]"))
                    .click();
        }
        new Select(step.findElement(By.name("status"))).selectByValue(outcome);
        browser.submit("#step-" + code + " .step-button");
        assertThat(browser.find("#step-" + code + " .step-status").getText())
                .isEqualTo(outcome.equals("DONE") ? "Done" : "Skipped");
    }

    /** Uploads a file with its title through the evidence form of a step of the case page. */
    private static void upload(Browser browser, String step, String title, Path file) {
        WebElement form = browser.find("#step-" + step + " .evidence-form");
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit("#step-" + step + " .evidence-button");
    }

    /** The bytes the file page's download link answers, fetched by the signed-in browser. */
    private static byte[] downloaded(Browser browser) {
        String href = browser.find("#download-link").getAttribute("href");
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                  let text = '';
                  new Uint8Array(buffer).forEach(b => text += String.fromCharCode(b));
                  done(btoa(text));
                }).catch(e => done('failed: ' + e));""", href);
        return Base64.getDecoder().decode(String.valueOf(answer));
    }

    /** The file page's chain of custody, one "what who" per line. */
    private static List<String> custody(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#custody-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(2).getText() + " " + cells.get(1).getText())
                .toList();
    }

    private static void move(Browser browser, String status) {
        new Select(browser.find("#status-to")).selectByValue(status);
        browser.submit("#status-button");
    }
}
