package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** A registration officer works through the review queue, and sees likely duplicates while registering. */
@HomewardTest
class DuplicateReviewBrowserIT {

    private static final String PASSWORD = "duplicate review password";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    DuplicateRunService runs;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void anOfficerJudgesOnePairTheSamePersonAndAnotherDifferentPeople() throws Exception {
        officer("queue.officer");
        UUID[] same = twice("Al-Sabbagh", "الصباغ");
        UUID[] different = twice("Al-Nahhas", "النحاس");
        runs.run("system");
        long samePair = pairOf(same);
        long differentPair = pairOf(different);
        // As the batch run stores it for two brothers whose other evidence leaves doubt.
        jdbc.sql("UPDATE duplicate_candidate SET reason = 'POSSIBLE_SIBLINGS' WHERE id = :id")
                .param("id", differentPair)
                .update();

        try (Browser browser = Browser.open(port)) {
            browser.signIn("queue.officer", PASSWORD);
            browser.click("#nav-duplicates");
            assertThat(browser.find("#queue-total").getText()).doesNotContain(": 0");
            assertThat(browser.driver().findElements(By.cssSelector("#duplicate-queue .duplicate-row")))
                    .isNotEmpty();
            browser.screenshot("duplicates-queue-en");

            browser.go("/duplicates/" + samePair);
            assertThat(browser.find("#pair-table").getText())
                    .contains("Al-Sabbagh")
                    .contains("الصباغ")
                    .contains("•••");
            assertThat(browser.find("#pair-table").getText())
                    .doesNotContain("944123456")
                    .doesNotContain("944 123 456");
            assertThat(browser.driver().findElements(By.id("pair-reason")))
                    .as("no kinship, no reason")
                    .isEmpty();
            assertThat(browser.find("#explanation").getText())
                    .contains("Given name")
                    .contains("same")
                    .doesNotContain("944123456");
            browser.screenshot("duplicates-pair-en");
            browser.type("#reveal-reason", "the two phones must be compared digit by digit");
            browser.click("#reveal");
            assertThat(browser.find("#pair-table").getText()).contains("+963944123456");
            assertThat(browser.driver().findElements(By.id("reveal-form"))).isEmpty();
            browser.go("/duplicates/" + samePair);
            assertThat(browser.find("#pair-table").getText()).doesNotContain("944123456");
            browser.click("#judge-same");
            assertThat(browser.find("#decided-notice").getText()).contains("one person");

            browser.go("/duplicates/" + differentPair + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("#pair-reason").getText()).contains("ربما أخوان");
            browser.type("#note", "أخوان");
            browser.click("#judge-different");
            assertThat(browser.find("#decided-notice").getText()).contains("شخصان مختلفان");
            browser.screenshot("duplicates-decided-ar");

            browser.go("/duplicates/" + samePair + "?lang=en");
            assertThat(browser.find("#pair-status").getText()).isEqualTo("Same person");
            assertThat(browser.find("#unmerge-form").isDisplayed()).isTrue();
        }
        assertThat(status(samePair)).isEqualTo("SAME");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE actor = 'queue.officer' AND action = 'REVEAL_SENSITIVE'"
                                        + " AND reason = 'the two phones must be compared digit by digit'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(status(differentPair)).isEqualTo("DIFFERENT");
        assertThat(jdbc.sql("SELECT decision_note FROM duplicate_candidate WHERE id = :id")
                        .param("id", differentPair)
                        .query(String.class)
                        .single())
                .isEqualTo("أخوان");
        assertThat(jdbc.sql("SELECT count(DISTINCT person_id) FROM person_link WHERE individual_id IN (:a, :b)")
                        .param("a", same[0])
                        .param("b", same[1])
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theRegistrationFormShowsWhoIsPossiblyAlreadyRegistered() throws Exception {
        officer("entry.officer");
        UUID[] registered = twice("Al-Khayyat", "الخياط");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("entry.officer", PASSWORD);
            browser.go("/households/new");
            browser.type("[name='members[0].givenNameLatin']", "Mohammad");
            browser.type("[name='members[0].fatherNameLatin']", "Ahmad");
            browser.type("[name='members[0].familyNameLatin']", "Al-Khayyat");
            browser.type("[name='members[0].birthDate']", "1979-03-14");
            browser.click("#registrationSite");
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("likely-duplicates"), "Possibly already registered"));
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#likely-matches li")));
            assertThat(browser.find("#likely-matches").getText()).contains("1979");
            browser.screenshot("duplicates-on-entry-en");
        }
        assertThat(registered).hasSize(2);
    }

    @Test
    void aCoordinatorStartsARunAndWatchesItFinish() throws Exception {
        TestUsers.ensure(users, "run.coordinator", Role.COORDINATOR, PASSWORD, null);
        long runsBefore =
                jdbc.sql("SELECT count(*) FROM duplicate_run").query(Long.class).single();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("run.coordinator", PASSWORD);
            browser.go("/duplicates/runs");
            browser.click("#start-run");
            // Another test may have started a run just before: wait for this page's run to reach its end.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
                    .until(ExpectedConditions.textToBe(By.id("run-stage"), "Done"));
            assertThat(browser.find("#run-finished").isDisplayed()).isTrue();
            browser.screenshot("duplicates-run-en");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM duplicate_run WHERE started_by = 'run.coordinator'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM duplicate_run")
                        .query(Long.class)
                        .single())
                .isGreaterThan(runsBefore);
    }

    private void officer(String name) {
        TestUsers.ensure(users, name, Role.REGISTRATION_OFFICER, PASSWORD, null);
        users.setScopes(name, List.of(ScopeGrant.parse("area:SY02")));
    }

    /** Registers a family twice (the second time spelled a little differently); answers both principals. */
    private UUID[] twice(String familyLatin, String familyAr) {
        return new UUID[] {
            principal(register(familyLatin, familyAr)), principal(register(familyLatin.replace("Al-", "El "), familyAr))
        };
    }

    private UUID register(String familyLatin, String familyAr) {
        RegisterHouseholdRequest request = JsonMapper.builder()
                .build()
                .convertValue(HouseholdFixtures.familyOfFive(familyLatin, familyAr), RegisterHouseholdRequest.class);
        return households.register(request, "system").id();
    }

    private UUID principal(UUID household) {
        return jdbc.sql("SELECT id FROM individual WHERE household_id = :h AND principal")
                .param("h", household)
                .query(UUID.class)
                .single();
    }

    private long pairOf(UUID[] principals) {
        return jdbc.sql("""
                        SELECT id FROM duplicate_candidate WHERE first_id = least(CAST(:a AS uuid), CAST(:b AS uuid))
                        AND second_id = greatest(CAST(:a AS uuid), CAST(:b AS uuid))""")
                .param("a", principals[0].toString())
                .param("b", principals[1].toString())
                .query(Long.class)
                .single();
    }

    private String status(long pair) {
        return jdbc.sql("SELECT status FROM duplicate_candidate WHERE id = :id")
                .param("id", pair)
                .query(String.class)
                .single();
    }
}
