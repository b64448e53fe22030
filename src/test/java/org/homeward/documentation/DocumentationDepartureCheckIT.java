package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.movements.CheckLevel;
import org.homeward.movements.CheckVerdict;
import org.homeward.movements.DepartureCandidate;
import org.homeward.movements.DepartureCheck;
import org.homeward.movements.MovementKind;
import org.homeward.movements.Traveller;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documentation departure check on real cases: a travelling child with an unfinished birth
 * case, with no birth certificate at all, or without an adult of the household is amber with the
 * reason; a child whose certificate is recorded or whose birth case was issued is green.
 */
@HomewardTest
class DocumentationDepartureCheckIT {

    private static final LocalDate DEPARTS = LocalDate.of(2026, 12, 20);

    @Autowired
    List<DepartureCheck> checks;

    @Autowired
    HouseholdCommands households;

    @Autowired
    CaseProposalService proposals;

    @Autowired
    CaseWorkflow workflow;

    private DepartureCheck documentation() {
        return checks.stream()
                .filter(check -> check.name().equals("documentation"))
                .findFirst()
                .orElseThrow();
    }

    private static DepartureCandidate candidate(Household household, boolean fatherTravels) {
        List<Traveller> travellers = List.of(
                new Traveller(
                        household.members().get(0).id(), "PRINCIPAL", Optional.of(42), true, false, fatherTravels),
                new Traveller(household.members().get(1).id(), "SPOUSE", Optional.of(37), true, false, false),
                new Traveller(household.members().get(2).id(), "SON", Optional.of(7), false, false, true));
        return new DepartureCandidate(
                UUID.randomUUID(),
                MovementKind.ORGANISED_RETURN,
                DEPARTS,
                DEPARTS,
                household.id(),
                DocumentationTestData.DESTINATION,
                travellers);
    }

    @Test
    void aChildWithAnUnfinishedBirthCaseIsAmberUntilThePaperIsIssued() {
        Household household =
                DocumentationTestData.household(households, "LBN", new String[] {"2019-08-01"}, new String[] {null});
        CaseProposal birth = proposals.list("PROPOSED", household.id()).stream()
                .filter(proposal -> proposal.gap().equals("BIRTH_NOT_REGISTERED"))
                .findFirst()
                .orElseThrow();
        DocumentationCase opened = proposals.accept(birth.id());

        CheckVerdict open = documentation().judge(candidate(household, true));
        assertThat(open.level()).isEqualTo(CheckLevel.AMBER);
        assertThat(open.reasonKey()).isEqualTo("documentation.check.birthCaseOpen");
        assertThat(open.arguments()).containsExactly("SON", "7", "0", "4");

        for (int step : new int[] {0, 1, 2, 4}) {
            workflow.recordStep(
                    opened.id(), opened.steps().get(step).id(), new StepUpdateRequest("DONE", List.of(), null, null));
        }
        assertThat(documentation().judge(candidate(household, true)).arguments())
                .containsExactly("SON", "7", "4", "4");
        workflow.changeStatus(opened.id(), new CaseStatusRequest("SUBMITTED", null));
        workflow.changeStatus(opened.id(), new CaseStatusRequest("ISSUED", "certificate collected"));

        CheckVerdict issued = documentation().judge(candidate(household, true));
        assertThat(issued.level()).isEqualTo(CheckLevel.GREEN);
        assertThat(issued.reasonKey()).isEqualTo("documentation.check.childrenDocumented");
    }

    @Test
    void aChildWithoutABirthCertificateOrWithoutAnAdultIsAmber() {
        Household undocumented =
                DocumentationTestData.household(households, "TUR", new String[] {"2019-05-05"}, new String[] {null});
        Household documented = DocumentationTestData.household(
                households, "LBN", new String[] {"2019-05-05"}, new String[] {"BIRTH_CERTIFICATE"});

        CheckVerdict none = documentation().judge(candidate(undocumented, true));
        CheckVerdict green = documentation().judge(candidate(documented, true));
        CheckVerdict alone = documentation().judge(candidate(documented, false));

        assertThat(none.level()).isEqualTo(CheckLevel.AMBER);
        assertThat(none.reasonKey()).isEqualTo("documentation.check.noBirthCertificate");
        assertThat(none.arguments()).containsExactly("SON", "7");
        assertThat(green.level()).isEqualTo(CheckLevel.GREEN);
        assertThat(alone.level()).isEqualTo(CheckLevel.AMBER);
        assertThat(alone.reasonKey()).isEqualTo("documentation.check.noGuardian");
    }
}
