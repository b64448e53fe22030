package org.homeward.documentation;

import java.util.List;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a registration officer registers a family whose son was born in Lebanon; the
 * case worker finds the proposed birth case, accepts it, completes the chain step by step with its
 * evidence, has the certificate issued and closes the case; the history shows every step, in
 * English and in Arabic.
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
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, DocumentationTestData.PASSWORD);
            register(browser);
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(worker, DocumentationTestData.PASSWORD);
            browser.go("/documentation?lang=en");
            WebElement proposal = birthProposal(browser);
            assertThat(proposal.getText()).contains("Birth of a child born abroad").contains("Lebanon");
            browser.screenshot("documentation-proposed-en");
            proposal.findElement(By.cssSelector(".accept-proposal")).click();
            browser.find("#case-facts");
            assertThat(browser.find("#case-title").getText()).isEqualTo("Birth of a child born abroad · Lebanon");
            assertThat(browser.find("#case-status").getText()).isEqualTo("Open");
            // Born 1 June 2020, during the Lebanese pause: the year runs from 1 January 2021, so it ended on 1 January 2022.
            assertThat(browser.find("#step-NOFOUS_REGISTRATION .deadline").getText()).contains("Overdue", "2022-01-01",
                    "Laws 160 and 185");

            step(browser, "MEDICAL_NOTIFICATION", "DONE", "BIRTH_NOTIFICATION", "PARENT_IDENTITY");
            step(browser, "MUKHTAR_CERTIFICATE", "DONE", "BIRTH_NOTIFICATION", "WITNESSES");
            step(browser, "NOFOUS_REGISTRATION", "DONE", "MUKHTAR_CERTIFICATE");
            step(browser, "COURT_ORDER", "SKIPPED");
            browser.screenshot("documentation-steps-en");
            step(browser, "FOREIGNERS_REGISTRY", "DONE", "NOFOUS_EXTRACT");
            assertThat(browser.find("#case-progress").getText()).isEqualTo("4 of 4");
            move(browser, "SUBMITTED");
            move(browser, "ISSUED");
            assertThat(browser.find("#case-status").getText()).isEqualTo("Issued");
            move(browser, "CLOSED");
            assertThat(browser.find("#case-status").getText()).isEqualTo("Closed");

            String history = browser.find("#history-list").getText();
            assertThat(history).contains("Case opened", "Chain of steps completed", "Birth notification",
                    "Birth certificate from the mukhtar", "Registration at the civil registry (Nofous)",
                    "Court order for late registration", "Registration at the foreigners' registry");
            assertThat(browser.driver().findElements(By.cssSelector("#history-list .event-STEP_DONE"))).hasSize(4);
            assertThat(browser.driver().findElements(By.cssSelector("#history-list .event-STATUS_CHANGED"))).hasSize(4);
            browser.screenshot("documentation-case-closed-en");

            browser.go(browser.driver().getCurrentUrl().replaceAll("\\?.*", "").replace("http://localhost:" + port, "") + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("#case-title").getText()).isEqualTo("تسجيل ولادة طفل مولود في الخارج · لبنان");
            assertThat(browser.find("#case-status").getText()).isEqualTo("مغلقة");
            assertThat(browser.find("#history-list").getText()).contains("اكتملت سلسلة الخطوات", "وثيقة ولادة من المختار");
            browser.screenshot("documentation-case-closed-ar");

            browser.go("/documentation?lang=ar&queue=ALL");
            assertThat(browser.find("h1").getText()).isEqualTo("حالات التوثيق المدني");
            browser.screenshot("documentation-queue-ar");
            browser.go("/documentation/figures?lang=ar");
            browser.find("#backlog-chart canvas");
            assertThat(browser.find("#figures-proposals h2").getText()).isEqualTo("الحالات المقترحة: المقبولة والمرفوضة والمنتظرة");
            browser.screenshot("documentation-figures-ar");
            browser.go("/documentation/figures?lang=en");
            assertThat(browser.find("#figures-backlog h2").getText()).startsWith("Backlog");
            browser.screenshot("documentation-figures-en");
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
        browser.screenshot("documentation-registration-en");
        browser.click("#register-button");
        browser.find("#registered-notice");
    }

    private static WebElement birthProposal(Browser browser) {
        browser.find("#proposals-table");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#proposals-table tr.proposal"));
        return rows.stream().filter(row -> row.getText().contains("born abroad")).findFirst()
                .orElseThrow(() -> new AssertionError("no birth proposal among " + rows.size()));
    }

    private static void step(Browser browser, String code, String outcome, String... evidence) {
        WebElement step = browser.find("#step-" + code);
        for (String item : evidence) {
            step.findElement(By.cssSelector("input[name=evidence][value=" + item + "]")).click();
        }
        new Select(step.findElement(By.name("status"))).selectByValue(outcome);
        browser.submit("#step-" + code + " .step-button");
        assertThat(browser.find("#step-" + code + " .step-status").getText())
                .isEqualTo(outcome.equals("DONE") ? "Done" : "Skipped");
    }

    private static void move(Browser browser, String status) {
        new Select(browser.find("#status-to")).selectByValue(status);
        browser.submit("#status-button");
    }
}
