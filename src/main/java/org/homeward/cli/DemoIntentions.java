package org.homeward.cli;

import java.time.LocalDate;
import java.util.List;
import org.homeward.movements.IntentionService;
import org.homeward.movements.RecordIntentionRequest;
import org.homeward.registry.Household;
import org.springframework.context.ApplicationContext;

/** The intentions to return that the demo's families told the field office, recorded on its form. */
final class DemoIntentions {

    private DemoIntentions() {}

    static void record(ApplicationContext context, DemoStory story, List<Household> families, LocalDate statedOn) {
        IntentionService intentions = context.getBean(IntentionService.class);
        story.timeline()
                .at(
                        story.moment(statedOn, 11, 0),
                        () -> DemoOfficers.as(DemoOfficers.RECORDER, () -> {
                            for (int i = 0; i < families.size(); i++) {
                                Household family = families.get(i);
                                intentions.record(
                                        family.id(),
                                        new RecordIntentionRequest(
                                                i % 3 == 2 ? "WITHIN_12_MONTHS" : "WITHIN_3_MONTHS",
                                                family.journey().destinationPcode(),
                                                i % 4 == 1 ? List.of("HOUSING") : List.of(),
                                                i == 17,
                                                statedOn.toString()),
                                        DemoOfficers.RECORDER);
                            }
                        }));
    }
}
