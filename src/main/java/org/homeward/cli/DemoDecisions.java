package org.homeward.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.homeward.demo.DemoTimeline;
import org.homeward.movements.ReconfirmVoluntarinessRequest;
import org.homeward.movements.RecordVoluntarinessRequest;
import org.homeward.movements.VoluntarinessHousehold;
import org.homeward.movements.VoluntarinessMember;
import org.homeward.movements.VoluntarinessReader;
import org.homeward.movements.VoluntarinessReconfirmations;
import org.homeward.movements.VoluntarinessService;
import org.homeward.movements.WithdrawVoluntarinessRequest;
import org.springframework.context.ApplicationContext;

/**
 * Each person's own decision to return in the demo, as officers record it: one form per adult, heard
 * at the field office with the destination briefing read in Arabic, forms a good while apart (an
 * officer who hurries a family through in seconds is what the protection review looks for), asked
 * again on the day by another officer, and withdrawn by whoever changes their mind.
 */
final class DemoDecisions {

    /** How long one interview takes in the demo: long enough that no pattern of haste is raised. */
    static final Duration INTERVIEW = Duration.ofMinutes(20);

    private final VoluntarinessService decisions;
    private final VoluntarinessReader reader;
    private final VoluntarinessReconfirmations reconfirmations;
    private final DemoTimeline timeline;

    DemoDecisions(ApplicationContext context, DemoTimeline timeline) {
        this.decisions = context.getBean(VoluntarinessService.class);
        this.reader = context.getBean(VoluntarinessReader.class);
        this.reconfirmations = context.getBean(VoluntarinessReconfirmations.class);
        this.timeline = timeline;
    }

    /** The recorder hears each adult in turn from the given moment, one interview apart; answers when done. */
    Instant record(UUID householdId, Instant from, Duration apart) {
        Instant moment = from;
        for (UUID member : deciding(householdId)) {
            recordOne(householdId, member, moment);
            moment = moment.plus(apart);
        }
        return moment;
    }

    /** Records only the first adult's form: the others of the household have not been heard yet. */
    void recordFirstOnly(UUID householdId, Instant at) {
        recordOne(householdId, deciding(householdId).get(0), at);
    }

    void recordOne(UUID householdId, UUID member, Instant at) {
        timeline.at(
                at,
                () -> DemoOfficers.as(DemoOfficers.RECORDER, () -> {
                    String digest = reader.view(householdId).briefing().digest();
                    return decisions.record(
                            householdId,
                            member,
                            new RecordVoluntarinessRequest(
                                    "FIELD_OFFICE",
                                    DemoOfficers.FIELD_OFFICE,
                                    "ar",
                                    "UNHCR protection assistant",
                                    null,
                                    null,
                                    true,
                                    "VOLUNTARY_RETURN",
                                    "ar",
                                    digest,
                                    null,
                                    null,
                                    null,
                                    null));
                }));
    }

    /** The other officer asks every adult with a standing decision again, on the departure day (now). */
    void reconfirm(UUID householdId, UUID movementId) {
        DemoOfficers.as(DemoOfficers.CONFIRMER, () -> {
            for (VoluntarinessMember member : reader.view(householdId).members()) {
                if (member.current().isPresent()) {
                    reconfirmations.reconfirm(
                            householdId,
                            member.individualId(),
                            new ReconfirmVoluntarinessRequest(movementId.toString()));
                }
            }
        });
    }

    void withdraw(UUID householdId, UUID member, String reason, Instant at) {
        timeline.at(
                at,
                () -> DemoOfficers.as(
                        DemoOfficers.RECORDER,
                        () -> decisions.withdraw(householdId, member, new WithdrawVoluntarinessRequest(reason))));
    }

    /** The members who decide for themselves, in the order of the household. */
    List<UUID> deciding(UUID householdId) {
        VoluntarinessHousehold household = DemoOfficers.as(DemoOfficers.RECORDER, () -> reader.view(householdId));
        return household.members().stream()
                .filter(VoluntarinessMember::eligible)
                .map(VoluntarinessMember::individualId)
                .toList();
    }
}
