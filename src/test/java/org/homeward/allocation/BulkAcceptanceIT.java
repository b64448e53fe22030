package org.homeward.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.allocation.AllocationProposal.Decision;
import org.homeward.reception.CentreService;
import org.homeward.reception.Stay;
import org.homeward.reception.StayQueries;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Accept all remaining" works in the background: the request returns at once, the run's page
 * follows the progress, and every proposal ends up accepted with places booked, in the name of
 * the coordinator who asked; one left by a server that fell silent is taken up where it stopped.
 */
@HomewardTest
class BulkAcceptanceIT {

    private static final String DARAYA = "SY030101";
    private static final LocalDate DAY = LocalDate.of(2043, 7, 21);

    @Autowired
    AllocationPlanner planner;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    AcceptanceJobs jobs;

    @Autowired
    AllocationDecisions decisions;

    @Autowired
    BulkAcceptances acceptances;

    @Autowired
    AllocationProposals proposals;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void acceptingAllRemainingRunsInTheBackgroundAndBooksEveryPlacedHouseholdAsTheCoordinator() throws Exception {
        String centre = AllocationTestData.centre(centres, DARAYA, 40, 10, 1);
        List<Household> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waiting.add(AllocationTestData.household(households, DARAYA, DAY, 3, false));
        }
        UUID runId = planner.start(new ArrivalWindow(DAY, DAY.plusDays(2)), "planner.test");
        assertThat(AllocationTestData.finished(planner, runId).status()).isEqualTo(AllocationRun.RunStatus.DONE);
        assertThat(planner.decisionCounts(runId)).containsEntry(Decision.PROPOSED, 6);

        String coordinator = AllocationTestData.user(users, Role.COORDINATOR);
        PageSession page = PageSession.signIn(port, coordinator, AllocationTestData.PASSWORD);
        HttpResponse<String> unconfirmed =
                page.post("/allocation/runs/" + runId + "/accept-remaining", "/allocation/runs/" + runId, Map.of());
        assertThat(unconfirmed.statusCode())
                .as("a bulk acceptance without the confirmed count")
                .isEqualTo(409);
        assertThat(unconfirmed.body()).contains("confirm-again").contains("6 proposals will be accepted.");
        HttpResponse<String> stale = page.post(
                "/allocation/runs/" + runId + "/accept-remaining",
                "/allocation/runs/" + runId,
                Map.of("confirmed", "5"));
        assertThat(stale.statusCode())
                .as("a count that is not the one open now")
                .isEqualTo(409);
        assertThat(planner.decisionCounts(runId)).containsEntry(Decision.PROPOSED, 6);

        HttpResponse<String> question = page.get("/allocation/runs/" + runId + "/accept-remaining");
        assertThat(question.body())
                .contains("6 proposals will be accepted.")
                .contains("name=\"confirmed\" value=\"6\"");
        HttpResponse<String> started = page.post(
                "/allocation/runs/" + runId + "/accept-remaining",
                "/allocation/runs/" + runId + "/accept-remaining",
                Map.of("confirmed", "6"));
        assertThat(started.statusCode()).isEqualTo(302);

        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        HttpResponse<String> box = page.get("/allocation/runs/" + runId + "/acceptance");
        while (box.headers().firstValue("HX-Refresh").isEmpty() && System.nanoTime() < deadline) {
            assertThat(box.body()).contains("acceptance-progress");
            Thread.sleep(100);
            box = page.get("/allocation/runs/" + runId + "/acceptance");
        }
        assertThat(box.headers().firstValue("HX-Refresh"))
                .as("the acceptance ended")
                .contains("true");
        String done = page.get("/allocation/runs/" + runId).body();
        assertThat(done)
                .contains("bulk-notice")
                .contains("6 proposals accepted; 0 could not be")
                .doesNotContain("accept-remaining-button");

        assertThat(planner.decisionCounts(runId))
                .containsEntry(Decision.ACCEPTED, 6)
                .containsEntry(Decision.PROPOSED, 0);
        for (Household household : waiting) {
            Stay booking = stays.staysOf(household.id()).get(0);
            assertThat(booking.centreCode()).isEqualTo(centre);
            assertThat(booking.booking()).isTrue();
            assertThat(booking.expectedBy())
                    .as("the last day of the run's window")
                    .isEqualTo(DAY.plusDays(2));
            assertThat(booking.startedBy()).isEqualTo(coordinator);
        }
        List<AuditRecord> trail =
                audit.query(null, "HOUSEHOLD", waiting.get(0).id().toString(), null, null, 10);
        assertThat(trail)
                .filteredOn(entry -> entry.action().equals("ALLOCATION_ACCEPTED"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(coordinator));
    }

    @Test
    void anAcceptanceLeftByASilentServerIsTakenUpAfterItsLastProposalInTheNameOfWhoStartedIt() throws Exception {
        LocalDate day = DAY.plusMonths(3);
        String centre = AllocationTestData.centre(centres, DARAYA, 40, 10, 1);
        List<Household> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(AllocationTestData.household(households, DARAYA, day, 2, false));
        }
        UUID runId = planner.start(new ArrivalWindow(day, day), "planner.test");
        assertThat(AllocationTestData.finished(planner, runId).status()).isEqualTo(AllocationRun.RunStatus.DONE);
        String coordinator = AllocationTestData.user(users, Role.COORDINATOR);
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        int open = acceptances.remaining(runId);
        UUID job = jobs.startIfIdle(runId, open, coordinator, "killed", longAgo).orElseThrow();
        long first = acceptedBySilentServer(job, runId, coordinator, longAgo);

        acceptances.takeOverSilent();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (jobs.find(job).orElseThrow().running() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        AcceptanceJobs.Job done = jobs.find(job).orElseThrow();
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.accepted())
                .as("the one before the silence and the rest")
                .isEqualTo(open);
        assertThat(done.refused())
                .as("the one handled before the silence is not tried again")
                .isZero();
        assertThat(done.server()).isNotEqualTo("killed");
        assertThat(planner.decisionCounts(runId)).containsEntry(Decision.ACCEPTED, open);
        assertThat(jdbc.sql("SELECT count(*) FROM allocation_proposal WHERE run_id = :run AND decided_by = :by")
                        .param("run", runId)
                        .param("by", coordinator)
                        .query(Long.class)
                        .single())
                .as("every proposal in the name of who started the acceptance")
                .isEqualTo(open);
        assertThat(stays.staysOf(waiting.get(0).id()).get(0).centreCode()).isEqualTo(centre);
        assertThat(jobs.handled(job, first + 1, true, "killed", Instant.now()))
                .as("the silent server, back, may count nothing more")
                .isFalse();
    }

    /** The first open proposal accepted and counted by a server that then fell silent; its id. */
    private long acceptedBySilentServer(UUID job, UUID runId, String coordinator, Instant at) {
        long first = proposals.openPlacedIds(runId).get(0);
        UserDetails person = people.loadUserByUsername(coordinator);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        person.getUsername(), null, person.getAuthorities()));
        try {
            assertThat(decisions.acceptAlongside(
                            first,
                            coordinator,
                            () -> assertThat(jobs.handled(job, first, true, "killed", at))
                                    .isTrue()))
                    .isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
        return first;
    }
}
