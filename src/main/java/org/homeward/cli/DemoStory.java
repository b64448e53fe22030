package org.homeward.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.demo.DemoTimeline;
import org.homeward.movements.Movement;
import org.homeward.movements.ReturnPlan;
import org.homeward.registry.Household;

/**
 * The demo's calendar and the way one movement goes from plan to departure on it: created two weeks
 * before, every adult heard a week before, asked again by another officer on the morning of the day,
 * boarded by slip, ambers decided, departed. Today is the operation's day (Syria's by default).
 */
record DemoStory(DemoTimeline timeline, LocalDate today, DemoMovementSteps steps, DemoDecisions decisions) {

    /** A moment of a day, in the operation's time zone. */
    Instant moment(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(timeline.getZone()).toInstant();
    }

    /** A movement on the given day, planned and decided beforehand, that has not left yet. */
    Movement planned(ReturnPlan plan, List<Household> families, LocalDate departsOn, String country, String crossing) {
        return planned(plan, families, "ORGANISED_RETURN", departsOn, null, country, crossing);
    }

    Movement planned(
            ReturnPlan plan,
            List<Household> families,
            String kind,
            LocalDate departsOn,
            LocalDate returnsOn,
            String country,
            String crossing) {
        LocalDate created = past(departsOn.minusDays(14));
        Movement movement = timeline.at(
                moment(created, 10, 0), () -> steps.create(plan, kind, departsOn, returnsOn, country, crossing));
        timeline.at(moment(created, 10, 30), () -> families.forEach(family -> steps.add(movement, family)));
        return movement;
    }

    /** Hears every adult of the families one interview apart, from 09:00 of the day. */
    void hear(List<Household> families, LocalDate day) {
        Instant moment = moment(past(day), 9, 0);
        for (Household family : families) {
            moment = decisions.record(family.id(), moment, DemoDecisions.INTERVIEW);
        }
    }

    /** The day, or yesterday when the day has not come yet: the demo replays the past only. */
    LocalDate past(LocalDate day) {
        return day.isBefore(today) ? day : today.minusDays(1);
    }

    /** A movement of a past day that left with every check passed or decided. */
    Movement departed(ReturnPlan plan, List<Household> families, LocalDate departsOn, String country, String crossing) {
        Movement movement = planned(plan, families, departsOn, country, crossing);
        hear(families, departsOn.minusDays(7));
        timeline.at(
                moment(departsOn, 7, 0),
                () -> families.forEach(family -> decisions.reconfirm(family.id(), movement.id())));
        timeline.at(moment(departsOn, 8, 0), () -> families.forEach(family -> steps.board(movement, family)));
        timeline.at(moment(departsOn, 8, 45), () -> steps.decideAndDepart(movement));
        return movement;
    }
}
