package org.homeward.cli;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.Household;

/**
 * What the protection review queue is for, in the demo: a family both of whose adults were "heard" by
 * one officer within a minute, a man who withdrew and signed again two days later, and a woman who
 * withdrew and stayed withdrawn. The signals block nothing; a coordinator reviews them.
 */
final class DemoProtection {

    private DemoProtection() {}

    static void record(DemoStory story, List<Household> families) {
        Household hurried = families.get(0);
        List<UUID> adults = story.decisions().deciding(hurried.id());
        Instant at = story.moment(story.today().minusDays(4), 14, 0);
        story.decisions().recordOne(hurried.id(), adults.get(0), at);
        story.decisions().recordOne(hurried.id(), adults.get(1), at.plusSeconds(40));

        Household resigned = families.get(1);
        UUID father = resigned.members().get(0).id();
        story.decisions()
                .recordOne(resigned.id(), father, story.moment(story.today().minusDays(12), 15, 0));
        story.decisions()
                .withdraw(
                        resigned.id(),
                        father,
                        "Was told his house had been taken",
                        story.moment(story.today().minusDays(10), 15, 0));
        story.decisions()
                .recordOne(resigned.id(), father, story.moment(story.today().minusDays(8), 15, 0));

        Household withdrawn = families.get(2);
        UUID mother = withdrawn.members().get(1).id();
        story.decisions()
                .recordOne(withdrawn.id(), mother, story.moment(story.today().minusDays(9), 14, 0));
        story.decisions()
                .withdraw(
                        withdrawn.id(), mother, null, story.moment(story.today().minusDays(3), 12, 0));
    }
}
