package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A return plan: a name, a period and how many persons it means to bring home, by country and month. */
public record ReturnPlan(
        UUID id,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        String createdBy,
        Instant createdAt,
        List<PlanTarget> targets) {

    public ReturnPlan {
        targets = List.copyOf(targets);
    }

    /** All persons the plan means to bring home. */
    @com.fasterxml.jackson.annotation.JsonProperty("targetPersons")
    public long targetPersons() {
        return targets.stream().mapToLong(PlanTarget::persons).sum();
    }
}
