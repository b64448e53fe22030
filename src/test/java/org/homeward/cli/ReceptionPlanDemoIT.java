package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.PageSession;
import org.homeward.TestApplication;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.allocation.AllocationDecisions;
import org.homeward.allocation.AllocationDecisions.BulkAcceptance;
import org.homeward.allocation.AllocationPlanner;
import org.homeward.allocation.AllocationProposal;
import org.homeward.allocation.AllocationRun;
import org.homeward.allocation.ProposalFilter;
import org.homeward.allocation.ProposalPage;
import org.homeward.reception.Centre;
import org.homeward.reception.CentreOccupancy;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.reception.CentreStatus;
import org.homeward.reception.Spaces;
import org.homeward.registry.HouseholdQueries;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reception plan of {@code serve --demo-plan}, made smaller (1,500 households for 6,250
 * places) but loaded by the same code: after loading, a run over every waiting household proposes
 * placements that break no hard constraint, judged here from the centres' free room and the
 * registry's households, not from the engine; accepting them all then books places for every household placed.
 */
class ReceptionPlanDemoIT {

    private static final int DEMO_HOUSEHOLDS = 300;
    private static final int PLAN_HOUSEHOLDS = 1_500;

    @Test
    void aRunOverTheLoadedPlanBreaksNoHardConstraintAndEveryAcceptedProposalIsBooked() throws Exception {
        Path data = Path.of("target/test-data/reception-plan-" + UUID.randomUUID());
        try (ConfigurableApplicationContext application =
                TestApplication.start(data, true, "--homeward.demo.timeline=true")) {
            DemoStart.loadIfEmpty(application, DEMO_HOUSEHOLDS, PLAN_HOUSEHOLDS);
            CentreService centres = application.getBean(CentreService.class);
            AllocationPlanner planner = application.getBean(AllocationPlanner.class);
            HouseholdQueries householdQueries = application.getBean(HouseholdQueries.class);

            List<CentreOccupancy> loaded = centres.overview();
            assertThat(loaded).hasSize(100);
            assertThat(loaded.stream().map(centre -> centre.centre().pcode()).distinct())
                    .hasSize(100);
            assertThat(loaded.stream()
                            .mapToInt(centre -> centre.centre().capacity().persons())
                            .sum())
                    .isEqualTo(ReceptionPlanDemo.placesFor(PLAN_HOUSEHOLDS));
            Centre closed = loaded.get(0).centre();
            CentreRequest closing = closed.toRequest();
            centres.update(
                    closed.code(),
                    new CentreRequest(
                            closing.code(),
                            closing.nameEn(),
                            closing.nameAr(),
                            closing.townEn(),
                            closing.townAr(),
                            closing.pcode(),
                            closing.latitude(),
                            closing.longitude(),
                            closing.capacityPersons(),
                            closing.capacityFamilies(),
                            closing.accessibleUnits(),
                            closing.services(),
                            false,
                            closing.version()),
                    "plan.test");
            Map<String, CentreOccupancy> before = new HashMap<>();
            centres.overview().forEach(centre -> before.put(centre.centre().code(), centre));
            long openPlaces = before.values().stream()
                    .filter(centre -> centre.status() != CentreStatus.CLOSED)
                    .mapToLong(centre -> centre.free().persons())
                    .sum();

            UUID runId = planner.start(null, "plan.test");
            AllocationRun run = finished(planner, runId);
            assertThat(run.status()).isEqualTo(AllocationRun.RunStatus.DONE);
            assertThat(run.households()).isGreaterThanOrEqualTo(PLAN_HOUSEHOLDS * 97 / 100);
            assertThat(run.personsPlaced() + run.personsWaiting()).isGreaterThan(openPlaces);

            List<AllocationProposal> proposals = planner.proposals(runId, ProposalFilter.ALL);
            // The run page shows the plan a hundred proposals at a time, every proposal on exactly one page.
            List<Long> paged = new java.util.ArrayList<>();
            for (int page = 0; ; page++) {
                ProposalPage shown = planner.proposalPage(runId, ProposalFilter.ALL, page, 100);
                assertThat(shown.total()).isEqualTo(proposals.size());
                shown.items().forEach(proposal -> paged.add(proposal.id()));
                if (!shown.hasNext()) {
                    assertThat(shown.last()).isEqualTo(proposals.size());
                    break;
                }
                assertThat(shown.items()).hasSize(100);
            }
            assertThat(paged)
                    .isEqualTo(proposals.stream().map(AllocationProposal::id).toList());
            String secondPage = runPage(application, runId, 1);
            assertThat(secondPage)
                    .contains("Proposals 101–200 of " + proposals.size())
                    .contains("id=\"proposal-" + proposals.get(100).id() + "\"")
                    .doesNotContain("id=\"proposal-" + proposals.get(99).id() + "\"")
                    .doesNotContain("id=\"proposal-" + proposals.get(200).id() + "\"");
            Set<UUID> seen = new HashSet<>();
            Map<String, Spaces> taken = new HashMap<>();
            long personsPlaced = 0;
            for (AllocationProposal proposal : proposals) {
                assertThat(seen.add(proposal.householdId()))
                        .as("one proposal per household")
                        .isTrue();
                if (!proposal.placed()) {
                    continue;
                }
                // Never split: the proposal carries the whole household as the registry holds it.
                assertThat(proposal.persons())
                        .isEqualTo(householdQueries
                                .find(proposal.householdId())
                                .members()
                                .size());
                assertThat(proposal.proposedCentre()).isNotEqualTo(closed.code());
                taken.merge(
                        proposal.proposedCentre(),
                        Spaces.ofHousehold(proposal.persons(), proposal.accessible()),
                        Spaces::plus);
                personsPlaced += proposal.persons();
            }
            taken.forEach((code, need) -> assertThat(before.get(code).free().holds(need))
                    .as("%s takes %s of %s free", code, need, before.get(code).free())
                    .isTrue());
            assertThat(personsPlaced).isEqualTo(run.personsPlaced());
            // Not everybody fits; the plan fills most of the open places (family units bind before persons do).
            assertThat(personsPlaced).isGreaterThan(openPlaces * 8 / 10).isLessThanOrEqualTo(openPlaces);

            BulkAcceptance accepted =
                    application.getBean(AllocationDecisions.class).acceptRemaining(runId, "plan.test");
            assertThat(accepted.refused()).isZero();
            assertThat(accepted.accepted()).isEqualTo(run.householdsPlaced());
            for (CentreOccupancy centre : centres.overview()) {
                Spaces expected = before.get(centre.centre().code())
                        .occupied()
                        .plus(taken.getOrDefault(centre.centre().code(), Spaces.NONE));
                assertThat(centre.occupied()).as(centre.centre().code()).isEqualTo(expected);
            }
        }
    }

    /** The run page as a coordinator signed in through the login form sees it. */
    private static String runPage(ConfigurableApplicationContext application, UUID runId, int page) throws Exception {
        String username = "plan.coordinator";
        String password = "plan coordinator password";
        application.getBean(UserService.class).create(username, Role.COORDINATOR, password, "Test NGO");
        PageSession coordinator = PageSession.signIn(TestApplication.port(application), username, password);
        HttpResponse<String> shown = coordinator.get("/allocation/runs/" + runId + "?page=" + page);
        assertThat(shown.statusCode()).isEqualTo(200);
        return shown.body();
    }

    private static AllocationRun finished(AllocationPlanner planner, UUID runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        AllocationRun run = planner.run(runId);
        while (run.running() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            run = planner.run(runId);
        }
        return run;
    }
}
