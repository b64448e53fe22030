package org.homeward.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One run of the allocation engine: what it covered, how far it got, and what it proposed in sum.
 *
 * @param windowFrom        first planned arrival day covered, null for all waiting households
 * @param windowTo          last planned arrival day covered, null for all waiting households
 * @param stage             stages the engine has reported so far
 * @param stageMessage      the engine's last report (English)
 * @param householdsSkipped waiting households left out because their destination has no known location
 * @param totalCost         the plan's cost, null until done
 * @param lowerBound        no allocation costs less, null until done
 * @param gap               (cost - bound) / bound, null until done
 */
public record AllocationRun(
        UUID id,
        RunStatus status,
        LocalDate windowFrom,
        LocalDate windowTo,
        Instant startedAt,
        String startedBy,
        Instant finishedAt,
        int stage,
        String stageMessage,
        int households,
        int householdsPlaced,
        int householdsWaiting,
        long personsPlaced,
        long personsWaiting,
        int householdsSkipped,
        Double totalCost,
        Double lowerBound,
        Double gap,
        String failure) {

    /** Where a run is. */
    public enum RunStatus {
        RUNNING,
        DONE,
        FAILED
    }

    public boolean running() {
        return status == RunStatus.RUNNING;
    }

    /** The gap as a percentage with two decimals, or null until done. */
    public Double gapPercent() {
        return gap == null || gap.isInfinite() ? null : Math.round(gap * 10_000) / 100.0;
    }
}
