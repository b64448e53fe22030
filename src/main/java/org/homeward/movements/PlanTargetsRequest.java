package org.homeward.movements;

import jakarta.validation.constraints.Size;
import java.util.List;

/** Targets to set on a plan: each replaces the target of its country, month and crossing, if any. */
record PlanTargetsRequest(
        @Size(max = PlanTargetRules.MAX_TARGETS) List<PlanTarget> targets) {}
