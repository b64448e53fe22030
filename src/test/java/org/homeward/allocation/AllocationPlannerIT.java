package org.homeward.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.HomewardTest;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.allocation.AllocationProposal.Decision;
import org.homeward.reception.CentreService;
import org.homeward.reception.StayQueries;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run over a small hand-made case: one centre in Thiban with room for one of two families, the
 * family with a disabled member placed there, then decisions taken and stored.
 */
@HomewardTest
class AllocationPlannerIT {

    private static final String THIBAN = "SY090301";
    private static final String ALEPPO = "SY020000";
    private static final String DAMASCUS = "SY010000";
    private static final LocalDate DAY = LocalDate.of(2041, 5, 17);

    @Autowired
    AllocationPlanner planner;

    @Autowired
    AllocationDecisions decisions;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @Autowired
    HouseholdCommands households;

    @Autowired
    AuditTrail audit;

    @Test
    void placesTheFamilyWithADisabledMemberNearHomeThenStoresAnOverrideWithItsReason() throws Exception {
        String thiban = AllocationTestData.centre(centres, THIBAN, 5, 2, 1);
        String aleppo = AllocationTestData.centre(centres, ALEPPO, 10, 3, 0);
        String damascus = AllocationTestData.centre(centres, DAMASCUS, 10, 3, 0);
        Household disabled = AllocationTestData.household(households, THIBAN, DAY, 4, true);
        Household other = AllocationTestData.household(households, THIBAN, DAY.plusDays(1), 3, false);
        Household outside = AllocationTestData.household(households, THIBAN, DAY.plusDays(5), 2, false);

        UUID runId = planner.start(new ArrivalWindow(DAY, DAY.plusDays(1)), "planner.test");
        AllocationRun run = AllocationTestData.finished(planner, runId);

        assertThat(run.status()).isEqualTo(AllocationRun.RunStatus.DONE);
        assertThat(run.households()).isEqualTo(2);
        assertThat(run.stage()).isGreaterThan(1);
        assertThat(run.lowerBound()).isLessThanOrEqualTo(run.totalCost() + 1e-6);
        Map<UUID, AllocationProposal> byHousehold = planner.proposals(runId, ProposalFilter.ALL).stream()
                .collect(Collectors.toMap(AllocationProposal::householdId, proposal -> proposal));
        assertThat(byHousehold).containsOnlyKeys(disabled.id(), other.id()).doesNotContainKey(outside.id());
        // Other tests may leave open centres in the same town in the shared database: the family must be
        // placed in its home town with an accessible unit, in this test's centre or another one there.
        AllocationProposal first = byHousehold.get(disabled.id());
        assertThat(first.explanation().distanceKm()).isLessThan(1.0);
        assertThat(first.explanation().accessibleNeeded()).isTrue();
        assertThat(first.explanation().accessibleUnit()).isTrue();
        if (first.proposedCentre().equals(thiban)) {
            assertThat(first.explanation().roomLeftPersons()).isEqualTo(1);
        }
        AllocationProposal second = byHousehold.get(other.id());
        assertThat(second.proposedCentre()).isNotNull();

        decisions.accept(first.id(), "planner.test");
        assertThat(stays.staysOf(disabled.id())).singleElement().satisfies(stay -> {
            assertThat(stay.centreCode()).isEqualTo(first.proposedCentre());
            assertThat(stay.booking())
                    .as("accepting books places; the household has not arrived")
                    .isTrue();
            assertThat(stay.arrivedAt()).isNull();
            assertThat(stay.expectedBy()).isNotNull();
        });

        String target = aleppo.equals(second.proposedCentre()) ? damascus : aleppo;
        assertThat(thiban).isNotBlank();
        assertThatThrownBy(() -> decisions.override(second.id(), target, "  ", "planner.test"))
                .isInstanceOf(InvalidDecisionException.class);
        decisions.override(second.id(), target, "Their relatives live in that town", "planner.test");

        AllocationProposal overridden = planner.proposals(runId, new ProposalFilter(Decision.OVERRIDDEN, null, null))
                .get(0);
        assertThat(overridden.householdId()).isEqualTo(other.id());
        assertThat(overridden.finalCentre()).isEqualTo(target);
        assertThat(overridden.decisionReason()).isEqualTo("Their relatives live in that town");
        assertThat(overridden.decidedBy()).isEqualTo("planner.test");
        assertThat(overridden.decidedAt()).isNotNull();
        assertThat(stays.staysOf(other.id()))
                .singleElement()
                .satisfies(stay -> assertThat(stay.centreCode()).isEqualTo(target));
        List<AuditRecord> trail = audit.query(null, "HOUSEHOLD", other.id().toString(), null, null, 10);
        assertThat(trail).anySatisfy(entry -> assertThat(entry.action()).isEqualTo("ALLOCATION_OVERRIDDEN"));
        assertThat(planner.decisionCounts(runId))
                .containsEntry(Decision.ACCEPTED, 1)
                .containsEntry(Decision.OVERRIDDEN, 1)
                .containsEntry(Decision.PROPOSED, 0);

        assertThatThrownBy(() -> decisions.reject(first.id(), "changed our minds", "planner.test"))
                .isInstanceOf(ProposalAlreadyDecidedException.class);
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new ArrivalWindow(DAY, DAY.minusDays(1)))
                .isInstanceOf(InvalidAllocationRunException.class);
    }
}
