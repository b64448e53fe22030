package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.TestApplication;
import org.homeward.documentation.CaseQueue;
import org.homeward.documentation.CaseStatus;
import org.homeward.documentation.DocumentationCase;
import org.homeward.documentation.DocumentationCaseService;
import org.homeward.movements.BoardingService;
import org.homeward.movements.BoardingSheet;
import org.homeward.movements.CheckLevel;
import org.homeward.movements.CheckVerdict;
import org.homeward.movements.CoercionSignal;
import org.homeward.movements.CoercionSignalKind;
import org.homeward.movements.DestinationBriefing;
import org.homeward.movements.FollowUpFigures;
import org.homeward.movements.FollowUpService;
import org.homeward.movements.FunnelStage;
import org.homeward.movements.HouseholdVerdicts;
import org.homeward.movements.IntentionFigures;
import org.homeward.movements.ManifestHousehold;
import org.homeward.movements.MissingPersonAlertService;
import org.homeward.movements.Movement;
import org.homeward.movements.MovementKind;
import org.homeward.movements.MovementService;
import org.homeward.movements.PlanFunnel;
import org.homeward.movements.ProtectionReviewQueue;
import org.homeward.movements.ReturnPlan;
import org.homeward.movements.ReturnPlanService;
import org.homeward.movements.VoluntarinessFigures;
import org.homeward.movements.VoluntarinessHousehold;
import org.homeward.movements.VoluntarinessMember;
import org.homeward.movements.VoluntarinessReader;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo of {@code serve --demo}, loaded by the same code into an empty registry (with a small
 * population): its return plan holds movements in every state, and every movement that left passed
 * its checks — each adult decided and was asked again on the day by another officer, everyone
 * boarded — as the services recorded them, not as the demo claims.
 */
class MovementDemoIT {

    @Test
    void theDemoPlanHoldsAnOrganisedReturnInEveryState() {
        Path data = Path.of("target/test-data/movement-demo-" + UUID.randomUUID());
        try (ConfigurableApplicationContext application =
                TestApplication.start(data, true, "--homeward.demo.timeline=true")) {
            DemoStart.loadIfEmpty(application, 200);
            LocalDate today = LocalDate.now(application.getBean(Clock.class));
            ReturnPlan plan = application.getBean(ReturnPlanService.class).list().stream()
                    .filter(candidate -> candidate.name().equals(MovementDemo.PLAN_NAME))
                    .findFirst()
                    .orElseThrow();
            MovementService movements = application.getBean(MovementService.class);
            List<Movement> all = movements.ofPlan(plan.id());
            Map<String, Long> byStatus =
                    all.stream().collect(Collectors.groupingBy(Movement::status, Collectors.counting()));
            assertThat(byStatus)
                    .containsEntry("ARRIVED", 2L)
                    .containsEntry("DEPARTED", 1L)
                    .containsEntry("PLANNED", 4L);
            assertThat(all)
                    .filteredOn(movement -> movement.kind() == MovementKind.GO_AND_SEE)
                    .singleElement()
                    .satisfies(visit -> assertThat(visit.returnsOn()).isAfter(visit.departsOn()));

            for (Movement left :
                    all.stream().filter(movement -> !movement.planned()).toList()) {
                assertLeftHonestly(application, movements, left);
            }
            assertBoardingToday(application, movement(all, today));
            assertHeldByRedChecks(movements, movement(all, today.plusDays(5)));
            List<HouseholdVerdicts> ambers =
                    movements.verdicts(movement(all, today.plusDays(2)).id());
            assertThat(ambers)
                    .flatExtracting(HouseholdVerdicts::blocking)
                    .filteredOn(verdict -> verdict.level() == CheckLevel.AMBER)
                    .extracting(CheckVerdict::check)
                    .contains("travel-together", "destination-conditions");

            assertThat(application.getBean(MissingPersonAlertService.class).queue("OPEN"))
                    .hasSize(1);
            FollowUpFigures followUps =
                    application.getBean(FollowUpService.class).figures(plan.id());
            // Four families of three arrived seven months ago: all at home at 3 months; at 6 months two at
            // home, one displaced again, one visit not yet made.
            assertThat(followUps.atHomeAt3Months()).isEqualTo(12);
            assertThat(followUps.atHomeAt6Months()).isEqualTo(6);
            assertThat(followUps.displacedAgain()).isEqualTo(3);
            assertThat(followUps.visitsDue()).isGreaterThanOrEqualTo(1);

            assertThat(application.getBean(VoluntarinessFigures.class).totals().withdrawn())
                    .isEqualTo(3);
            Map<FunnelStage, Long> funnel =
                    application.getBean(PlanFunnel.class).of(plan.id()).totals();
            assertThat(funnel.get(FunnelStage.WITHDRAWN)).isEqualTo(3);
            assertThat(funnel.get(FunnelStage.NO_SHOW)).isEqualTo(3);
            assertThat(funnel.get(FunnelStage.ARRIVED)).isEqualTo(12 + 5);
            assertThat(DemoOfficers.as(
                            DemoOfficers.COORDINATOR,
                            () -> application
                                    .getBean(ProtectionReviewQueue.class)
                                    .signals(false)))
                    .extracting(CoercionSignal::kind)
                    .containsExactlyInAnyOrder(
                            CoercionSignalKind.HOUSEHOLD_IN_SECONDS, CoercionSignalKind.WITHDRAW_AND_RESIGN);

            // The plan's 21 families said their intention eight months ago; a share of the population's waiting
            // households within the last three months.
            IntentionFigures intentions = application.getBean(IntentionFigures.class);
            List<IntentionFigures.IntendingPersons> families = intentions.personsIntending(
                    today.minusMonths(8).minusDays(1), today.minusMonths(8).plusDays(1));
            assertThat(families.stream()
                            .mapToLong(IntentionFigures.IntendingPersons::households)
                            .sum())
                    .isEqualTo(21);
            assertThat(families.stream()
                            .mapToLong(IntentionFigures.IntendingPersons::persons)
                            .sum())
                    .isEqualTo(63);
            assertThat(intentions.personsIntending(today.minusDays(90), today).stream()
                            .mapToLong(IntentionFigures.IntendingPersons::households)
                            .sum())
                    .isPositive();

            List<DocumentationCase> cases = DemoOfficers.as(
                    DemoOfficers.RECORDER,
                    () -> application.getBean(DocumentationCaseService.class).queue(CaseQueue.MINE));
            assertThat(cases)
                    .extracting(DocumentationCase::status)
                    .containsExactlyInAnyOrder(CaseStatus.OPEN, CaseStatus.GATHERING_EVIDENCE, CaseStatus.SUBMITTED);
            assertThat(cases)
                    .filteredOn(found -> found.status() != CaseStatus.OPEN)
                    .allSatisfy(found -> assertThat(found.requiredStepsDone()).isPositive());

            DestinationBriefing conditions = application.getBean(DestinationBriefing.class);
            assertThat(List.of(
                            DemoConditions.GREEN_AREA,
                            DemoConditions.AMBER_AREA,
                            DemoConditions.RED_AREA,
                            DemoConditions.UNKNOWN_AREA))
                    .extracting(area ->
                            conditions.brief(area, today, Locale.ENGLISH).status())
                    .containsExactly("GREEN", "AMBER", "RED", "UNKNOWN");
        }
    }

    /** Every household that left: each adult's standing decision, asked again on the day by another officer; all boarded. */
    private static void assertLeftHonestly(
            ConfigurableApplicationContext application, MovementService movements, Movement left) {
        VoluntarinessReader reader = application.getBean(VoluntarinessReader.class);
        BoardingSheet sheet =
                application.getBean(BoardingService.class).sheet(left.id().toString());
        assertThat(sheet.noShows()).isZero();
        assertThat(sheet.boarded()).isEqualTo(sheet.travelling()).isPositive();
        for (ManifestHousehold household : movements.manifest(left.id())) {
            VoluntarinessHousehold decided = reader.view(household.householdId());
            List<VoluntarinessMember> adults = decided.members().stream()
                    .filter(VoluntarinessMember::eligible)
                    .toList();
            assertThat(adults).hasSize(2).allSatisfy(adult -> {
                assertThat(adult.current()).isPresent();
                assertThat(decided.reconfirmations()).anySatisfy(again -> {
                    assertThat(again.individualId()).isEqualTo(adult.individualId());
                    assertThat(again.movementId()).isEqualTo(left.id());
                    assertThat(again.reconfirmedOn()).isEqualTo(left.departsOn());
                    assertThat(again.reconfirmedBy())
                            .isNotEqualToIgnoringCase(adult.current().get().recordedBy());
                });
            });
            assertThat(decided.records())
                    .allSatisfy(record -> assertThat(record.briefingStatus()).isEqualTo("GREEN"));
        }
    }

    private static void assertBoardingToday(ConfigurableApplicationContext application, Movement today) {
        BoardingSheet sheet =
                application.getBean(BoardingService.class).sheet(today.id().toString());
        assertThat(sheet.boarded()).isEqualTo(3);
        assertThat(sheet.noShows()).isEqualTo(3);
        assertThat(sheet.travelling()).isGreaterThan(sheet.boarded());
    }

    /** One family goes to an area with a red line present, another has a mother not heard yet. */
    private static void assertHeldByRedChecks(MovementService movements, Movement held) {
        List<String> red = movements.verdicts(held.id()).stream()
                .flatMap(household -> household.verdicts().stream())
                .filter(verdict -> verdict.level() == CheckLevel.RED)
                .map(CheckVerdict::reasonKey)
                .toList();
        assertThat(red).anyMatch(key -> key.startsWith("conditions.")).contains("voluntariness.check.missing");
    }

    private static Movement movement(List<Movement> movements, LocalDate departsOn) {
        return movements.stream()
                .filter(movement ->
                        movement.departsOn().equals(departsOn) && movement.kind() == MovementKind.ORGANISED_RETURN)
                .collect(Collectors.collectingAndThen(Collectors.toList(), found -> {
                    assertThat(found).hasSize(1);
                    return found.get(0);
                }));
    }
}
