package org.homeward.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.allocation.AllocationProposal.Decision;
import org.homeward.reception.CentreService;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Accept all remaining" in a browser: the button asks first, saying how many proposals it will
 * accept (in Arabic and English); cancelling accepts nothing, confirming accepts them all.
 */
@HomewardTest
class BulkConfirmationBrowserIT {

    private static final String DARAYA = "SY030101";
    private static final LocalDate DAY = LocalDate.of(2043, 8, 11);

    @Autowired
    AllocationPlanner planner;

    @Autowired
    CentreService centres;

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void acceptingAllRemainingAsksWithTheCountAndCancellingAcceptsNothing() throws Exception {
        AllocationTestData.centre(centres, DARAYA, 40, 10, 1);
        for (int i = 0; i < 3; i++) {
            AllocationTestData.household(households, DARAYA, DAY, 2, false);
        }
        UUID runId = planner.start(new ArrivalWindow(DAY, DAY), "planner.test");
        assertThat(AllocationTestData.finished(planner, runId).status()).isEqualTo(AllocationRun.RunStatus.DONE);
        assertThat(planner.decisionCounts(runId)).containsEntry(Decision.PROPOSED, 3);
        Files.createDirectories(Path.of("target", "screenshots", "admin"));

        String coordinator = AllocationTestData.user(users, Role.COORDINATOR);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, AllocationTestData.PASSWORD);
            browser.go("/allocation/runs/" + runId + "?lang=ar");
            browser.submit("#accept-remaining-button");
            assertThat(browser.find("#confirm-count").getText()).isEqualTo("سيُقبل 3 اقتراحات.");
            browser.screenshot("admin/bulk-confirm-ar");
            browser.submit("#confirm-cancel");
            assertThat(planner.decisionCounts(runId))
                    .as("cancelled: nothing accepted")
                    .containsEntry(Decision.PROPOSED, 3);

            browser.go("/allocation/runs/" + runId + "?lang=en");
            browser.submit("#accept-remaining-button");
            assertThat(browser.find("#confirm-accept-button").getText()).isEqualTo("Accept 3 proposals");
            browser.screenshot("admin/bulk-confirm-en");
            browser.submit("#confirm-accept-button");
            browser.waitFor().until(driver -> planner.decisionCounts(runId).getOrDefault(Decision.ACCEPTED, 0) == 3);
        }
        assertThat(planner.decisionCounts(runId)).containsEntry(Decision.PROPOSED, 0);
    }
}
