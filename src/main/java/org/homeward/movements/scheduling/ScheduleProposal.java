package org.homeward.movements.scheduling;

import java.util.List;

/**
 * The engine's answer for one week: the households scheduled, in departure and vehicle order, and every
 * ready household left over with its reason, in the fair order they were considered.
 */
public record ScheduleProposal(List<ScheduledHousehold> scheduled, List<UnplacedHousehold> unplaced) {

    public ScheduleProposal {
        scheduled = List.copyOf(scheduled);
        unplaced = List.copyOf(unplaced);
    }

    /** Persons scheduled in all. */
    public long scheduledPersons() {
        return scheduled.stream().mapToLong(ScheduledHousehold::persons).sum();
    }
}
