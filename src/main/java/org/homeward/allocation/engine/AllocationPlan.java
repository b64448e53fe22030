package org.homeward.allocation.engine;

import java.util.List;

/**
 * The engine's proposal for a whole problem: one proposal per household (in the problem's order),
 * the plan's cost, a lower bound on the cost of any allocation, and counts.
 *
 * @param proposals  one per household, in the order of the problem
 * @param cost       the plan's cost, term by term
 * @param lowerBound no allocation of the problem costs less
 * @param summary    counts and bounds
 */
public record AllocationPlan(List<Proposal> proposals, CostBreakdown cost, double lowerBound, PlanSummary summary) {

    public AllocationPlan {
        proposals = List.copyOf(proposals);
    }

    /** (cost - lower bound) / lower bound: how much cheaper the best allocation can be, at most, as a share. */
    public double gap() {
        return relative(cost.total() - lowerBound, lowerBound);
    }

    /**
     * The same gap measured against the lower bound less the waiting cost every allocation pays: a
     * stricter figure, since the large unavoidable waiting cost no longer hides the other terms.
     */
    public double gapBeyondUnavoidableWaiting() {
        return relative(cost.total() - lowerBound, lowerBound - summary.unavoidableWaitingCost());
    }

    private static double relative(double difference, double base) {
        if (difference <= 0) {
            return 0;
        }
        return base <= 0 ? Double.POSITIVE_INFINITY : difference / base;
    }
}
