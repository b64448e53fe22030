package org.homeward.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.allocation.AllocationProposal.Decision;
import org.homeward.reception.CentreService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator starts an allocation run, watches it finish, accepts one proposal and overrides another, then checks
 * the accepted household in from its booking on the centre board, in a real browser.
 */
@HomewardTest
class AllocationBrowserIT {

    private static final String AS_SAAN = "SY050302";
    private static final String EASTERN_BARI = "SY050301";
    private static final String SALAMIYEH = "SY050300";
    private static final LocalDate DAY = LocalDate.of(2041, 6, 17);

    @Autowired
    UserService users;

    @Autowired
    CentreService centres;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    AllocationPlanner planner;

    @LocalServerPort
    int port;

    @Test
    void startsARunThenAcceptsOneProposalAndOverridesAnotherWithAReason() throws Exception {
        String coordinator = AllocationTestData.user(users, Role.COORDINATOR);
        String asSaan = AllocationTestData.centre(centres, AS_SAAN, 5, 2, 1);
        String bari = AllocationTestData.centre(centres, EASTERN_BARI, 10, 3, 0);
        String salamiyeh = AllocationTestData.centre(centres, SALAMIYEH, 10, 3, 0);
        Household disabled = AllocationTestData.household(households, AS_SAAN, DAY, 4, true);
        Household other = AllocationTestData.household(households, AS_SAAN, DAY, 3, false);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, AllocationTestData.PASSWORD);
            browser.go("/allocation");
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "document.getElementById('run-from').value = arguments[0];"
                                    + "document.getElementById('run-to').value = arguments[0];",
                            DAY.toString());
            browser.click("#start-run-button");
            browser.waitFor()
                    .withTimeout(java.time.Duration.ofMinutes(2))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("proposals-table")));
            assertThat(browser.find("#run-status").getText()).isEqualTo("Done");
            UUID runId = UUID.fromString(browser.driver().getCurrentUrl().replaceAll(".*/runs/([0-9a-f-]+).*", "$1"));
            Map<UUID, AllocationProposal> byHousehold = planner.proposals(runId, ProposalFilter.ALL).stream()
                    .collect(Collectors.toMap(AllocationProposal::householdId, proposal -> proposal));
            AllocationProposal first = byHousehold.get(disabled.id());
            AllocationProposal second = byHousehold.get(other.id());
            assertThat(first.proposedCentre()).isEqualTo(asSaan);
            WebElement firstRow = browser.find("#proposal-" + first.id());
            assertThat(firstRow.getText())
                    .contains(disabled.reference())
                    .contains("km from home")
                    .contains("Gets the accessible unit it needs");
            browser.screenshot("allocation-run-proposals-en");

            firstRow.findElement(By.cssSelector(".accept-button")).click();
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("#proposal-" + first.id() + " .decided"), "Accepted"));

            String target = bari.equals(second.proposedCentre()) ? salamiyeh : bari;
            WebElement secondRow = browser.find("#proposal-" + second.id());
            secondRow.findElement(By.cssSelector("details.override summary")).click();
            new Select(secondRow.findElement(By.name("centre"))).selectByValue(target);
            secondRow.findElement(By.name("reason")).sendKeys("The family has relatives in that town");
            secondRow.findElement(By.cssSelector(".override-button")).click();
            browser.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("#proposal-" + second.id() + " .decided"), "Overridden"));
            assertThat(browser.find("#proposal-" + second.id() + " .reason").getText())
                    .isEqualTo("The family has relatives in that town");
            browser.screenshot("allocation-run-decided-en");

            AllocationProposal stored = planner.proposals(runId, new ProposalFilter(Decision.OVERRIDDEN, null, null))
                    .get(0);
            assertThat(stored.householdId()).isEqualTo(other.id());
            assertThat(stored.finalCentre()).isEqualTo(target);
            assertThat(stored.decidedBy()).isEqualTo(coordinator);
            assertThat(centres.find(asSaan).occupied().persons()).isEqualTo(4);
            assertThat(centres.find(target).occupied().persons()).isEqualTo(3);

            browser.go("/allocation/runs/" + runId + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("h1").getText()).isEqualTo("عملية توزيع");
            assertThat(browser.find("#proposal-" + second.id() + " .decided").getText())
                    .isEqualTo("معدّل");
            browser.screenshot("allocation-run-decided-ar");
            browser.go("/allocation?lang=en");
            assertThat(browser.find("#runs-table").getText()).contains(DAY.toString());

            // The accepted household's places wait for it on the centre's board until it arrives.
            browser.go("/centres/" + asSaan);
            assertThat(browser.find("#booking-" + disabled.reference()).getText())
                    .contains("4");
            assertThat(browser.find("#residents").getText()).doesNotContain(disabled.reference());
            browser.screenshot("reception-board-booking-en");
            browser.find("#booking-" + disabled.reference() + " .check-in-booked")
                    .click();
            browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("stay-" + disabled.reference())));
            assertThat(browser.find("#board-notice").getText()).contains("Checked in: 4");
            assertThat(browser.find("#bookings").getText()).doesNotContain(disabled.reference());
            assertThat(householdQueries.find(disabled.id()).journey().status())
                    .isEqualTo(org.homeward.registry.JourneyStatus.AT_RECEPTION);
        }
    }
}
