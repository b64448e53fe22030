package org.homeward.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.homeward.access.UserService;
import org.homeward.conditions.AssessmentImportService;
import org.homeward.demo.DemoTimeline;
import org.homeward.movements.AddHouseholdRequest;
import org.homeward.movements.CreatePlanRequest;
import org.homeward.movements.ManifestService;
import org.homeward.movements.Movement;
import org.homeward.movements.PlanTarget;
import org.homeward.movements.RemoveHouseholdRequest;
import org.homeward.movements.ReturnPlan;
import org.homeward.movements.ReturnPlanService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Adds an organised return to the demo, lived through from eight months ago to today by named
 * officers and the same services and rules as any user: a plan with targets, area assessments, and
 * movements in every state — one that arrived seven months ago and was visited since, one arrived
 * with a person missing, one in transit, one boarding today with a no-show, one waiting for amber
 * decisions, one held by red checks, and a go-and-see visit — with withdrawals and the patterns the
 * protection review looks for. The plan's families are registered for it, so it never moves the
 * demo population's journeys.
 */
final class MovementDemo {

    static final String PLAN_NAME = "Demo: organised returns from Lebanon and Türkiye";
    static final int PLAN_MONTHS = 20;

    private MovementDemo() {}

    static void load(ConfigurableApplicationContext context, PrintStream out) {
        if (!(context.getBean(Clock.class) instanceof DemoTimeline timeline)) {
            throw new IllegalStateException("The demo's return plan replays its past and needs the demo timeline "
                    + "(homeward.demo.timeline=true, which serve --demo sets)");
        }
        LocalDate today = LocalDate.now(timeline);
        DemoStory story =
                new DemoStory(timeline, today, new DemoMovementSteps(context), new DemoDecisions(context, timeline));
        LocalDate start = today.minusMonths(8);
        timeline.at(story.moment(start, 8, 0), () -> DemoOfficers.create(context.getBean(UserService.class)));
        AssessmentImportService assessments = context.getBean(AssessmentImportService.class);
        timeline.at(story.moment(start, 8, 30), () -> DemoConditions.importEarly(assessments, start.minusDays(3)));
        ReturnPlan plan = timeline.at(
                story.moment(start, 9, 0),
                () -> DemoOfficers.as(
                        DemoOfficers.COORDINATOR,
                        () -> context.getBean(ReturnPlanService.class)
                                .create(
                                        new CreatePlanRequest(
                                                PLAN_NAME,
                                                start.withDayOfMonth(1).toString(),
                                                start.withDayOfMonth(1)
                                                        .plusMonths(PLAN_MONTHS)
                                                        .minusDays(1)
                                                        .toString(),
                                                targets(YearMonth.from(start))),
                                        DemoOfficers.COORDINATOR)));
        List<Household> families = register(context, story, start);
        DemoIntentions.record(context, story, families, start.plusDays(1));

        DemoPastReturn.replay(context, story, plan, families.subList(0, 4));
        timeline.at(
                story.moment(today.minusDays(30), 10, 0),
                () -> DemoConditions.importRecent(assessments, today.minusDays(32)));
        Movement missing = story.departed(plan, families.subList(4, 6), today.minusDays(3), "TUR", "BAB_AL_HAWA");
        timeline.at(
                story.moment(today.minusDays(2), 16, 0),
                () -> story.steps()
                        .arrive(
                                missing,
                                families.subList(4, 6),
                                families.get(4).members().get(2).id()));
        story.departed(plan, families.subList(6, 8), today.minusDays(1), "LBN", "JOUSIEH");
        boardingToday(story, plan, families.subList(8, 11));
        ambers(context, story, plan, families.subList(11, 15));
        Movement red = story.planned(plan, families.subList(15, 17), today.plusDays(5), "TUR", "BAB_AL_HAWA");
        story.hear(families.subList(15, 16), red.departsOn().minusDays(7));
        story.decisions()
                .recordFirstOnly(
                        families.get(16).id(),
                        story.moment(story.past(red.departsOn().minusDays(7)), 14, 0));
        Movement visit = story.planned(
                plan, families.subList(17, 18), "GO_AND_SEE", today.plusDays(14), today.plusDays(17), "LBN", "MASNAA");
        story.hear(families.subList(17, 18), visit.departsOn().minusDays(7));
        DemoProtection.record(story, families.subList(18, 21));
        DemoDocumentation.record(context, story, families.get(0), families.get(4), families.get(8));
        out.printf(
                "Demo return plan: %d families on 7 movements — arrived months ago and visited, arrived with a "
                        + "person missing, in transit, boarding today, waiting for amber decisions, held by red checks, and a "
                        + "go-and-see visit; withdrawals, coercion signals in the protection review, documentation cases.%n",
                families.size());
    }

    /** Families 0-17 travel to the areas their movements need; 18-20 are heard without a movement yet. */
    private static List<Household> register(ConfigurableApplicationContext context, DemoStory story, LocalDate on) {
        HouseholdCommands households = context.getBean(HouseholdCommands.class);
        List<Household> families = new ArrayList<>();
        story.timeline().at(story.moment(on, 10, 0), () -> {
            for (int i = 0; i < 21; i++) {
                String destination = switch (i) {
                    case 11, 12, 17 -> DemoConditions.AMBER_AREA;
                    case 15 -> DemoConditions.RED_AREA;
                    default -> DemoConditions.GREEN_AREA;
                };
                String country = i == 4 || i == 5 || i == 15 || i == 16 ? "TUR" : "LBN";
                families.add(DemoFamilies.register(households, i, country, destination));
            }
        });
        return families;
    }

    /** Today's movement: asked again this morning, one family boarded, one did not come, one still to board. */
    private static void boardingToday(DemoStory story, ReturnPlan plan, List<Household> families) {
        Movement today = story.planned(plan, families, story.today(), "LBN", "MASNAA");
        story.hear(families, story.today().minusDays(7));
        story.decisions().reconfirm(families.get(0).id(), today.id());
        story.decisions().reconfirm(families.get(2).id(), today.id());
        story.steps().board(today, families.get(0));
        story.steps().noShow(today, families.get(1));
    }

    /**
     * In two days, to an area nobody has confirmed humanitarian access to: a son stays behind to finish
     * school, a family moved to a later convoy, and a mother who changed her mind took her family off.
     */
    private static void ambers(
            ConfigurableApplicationContext context, DemoStory story, ReturnPlan plan, List<Household> families) {
        LocalDate departsOn = story.today().plusDays(2);
        Movement movement = story.planned(plan, families.subList(1, 4), departsOn, "LBN", "JOUSIEH");
        Household staying = families.get(0);
        story.timeline()
                .at(
                        story.moment(story.past(departsOn.minusDays(14)), 10, 40),
                        () -> story.steps()
                                .add(
                                        movement,
                                        staying,
                                        List.of(new AddHouseholdRequest.StayingMember(
                                                staying.members().get(2).id().toString(),
                                                "Finishes the school year first"))));
        story.hear(List.of(staying, families.get(1), families.get(3)), departsOn.minusDays(7));
        ManifestService manifests = context.getBean(ManifestService.class);
        story.timeline()
                .at(
                        story.moment(story.today().minusDays(4), 11, 0),
                        () -> DemoOfficers.as(
                                DemoOfficers.COORDINATOR,
                                () -> manifests.remove(
                                        movement.id(),
                                        families.get(2).id(),
                                        new RemoveHouseholdRequest("MOVED", "Goes with the convoy of next week"),
                                        DemoOfficers.COORDINATOR)));
        Household changedMind = families.get(3);
        story.decisions()
                .withdraw(
                        changedMind.id(),
                        changedMind.members().get(1).id(),
                        null,
                        story.moment(story.today().minusDays(2), 12, 0));
    }

    private static List<PlanTarget> targets(YearMonth first) {
        List<PlanTarget> targets = new ArrayList<>();
        for (int month = 0; month < PLAN_MONTHS; month++) {
            targets.add(new PlanTarget("LBN", first.plusMonths(month).toString(), "", 3000 + 250 * month));
            targets.add(new PlanTarget("TUR", first.plusMonths(month).toString(), "", 2000 + 150 * month));
        }
        return targets;
    }
}
