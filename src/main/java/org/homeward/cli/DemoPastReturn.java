package org.homeward.cli;

import java.time.LocalDate;
import java.util.List;
import org.homeward.demo.DemoTimeline;
import org.homeward.movements.FollowUpRequest;
import org.homeward.movements.FollowUpService;
import org.homeward.movements.FollowUpVisit;
import org.homeward.movements.Movement;
import org.homeward.movements.ReturnPlan;
import org.homeward.registry.Household;
import org.springframework.context.ApplicationContext;

/**
 * The demo's return of seven months ago, replayed day by day: planned, each adult's decision heard and
 * asked again on the day, boarded, departed, arrived; then visited at 3 months (all at home) and at
 * 6 months (one family displaced again for its safety, one visit still to make).
 */
final class DemoPastReturn {

    private DemoPastReturn() {}

    static Movement replay(ApplicationContext context, DemoStory story, ReturnPlan plan, List<Household> families) {
        DemoTimeline timeline = story.timeline();
        LocalDate departsOn = story.today().minusMonths(7);
        Movement movement = story.departed(plan, families, departsOn, "LBN", "MASNAA");
        LocalDate arrivedOn = departsOn.plusDays(1);
        DemoMovementSteps steps = story.steps();
        timeline.at(story.moment(arrivedOn, 15, 0), () -> steps.arrive(movement, families, null));
        FollowUpService followUps = context.getBean(FollowUpService.class);
        for (int months : List.of(3, 6)) {
            LocalDate visitedOn = arrivedOn.plusMonths(months).plusDays(2);
            for (int i = 0; i < families.size() - (months == 6 ? 1 : 0); i++) {
                Household family = families.get(i);
                FollowUpRequest found = months == 6 && i == 2
                        ? new FollowUpRequest(
                                "DISPLACED_AGAIN",
                                DemoConditions.UNKNOWN_AREA,
                                "SAFETY",
                                "Shelling near the village; staying with relatives",
                                visitedOn)
                        : new FollowUpRequest("AT_HOME", null, null, null, visitedOn);
                timeline.at(
                        story.moment(visitedOn, 10 + i, 0),
                        () -> DemoOfficers.as(DemoOfficers.COORDINATOR, () -> {
                            FollowUpVisit visit = followUps.ofHousehold(family.id()).stream()
                                    .filter(candidate -> candidate.monthsAfter() == months)
                                    .findFirst()
                                    .orElseThrow();
                            return followUps.record(visit.id().toString(), found, DemoOfficers.COORDINATOR);
                        }));
            }
        }
        return movement;
    }
}
