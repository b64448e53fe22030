package org.homeward.movements;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new return plan.
 *
 * @param startsOn the first day, {@code YYYY-MM-DD}
 * @param endsOn   the last day, {@code YYYY-MM-DD}
 * @param targets  targets by country of asylum and month (may be empty and set later)
 */
public record CreatePlanRequest(
        String name,
        String startsOn,
        String endsOn,
        @Size(max = PlanTargetRules.MAX_TARGETS) List<PlanTarget> targets) {}
