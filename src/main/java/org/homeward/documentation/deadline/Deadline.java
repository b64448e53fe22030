package org.homeward.documentation.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The law's clock for one step of one case on one day.
 *
 * @param state    running, paused, overdue, waived, or no limit at all
 * @param dueOn    the last day the step may be done, pauses included, when a limit applies
 * @param daysLeft days of running clock left after the judged day (negative: days overdue), when a limit applies
 * @param sources  the rules that made this answer (limit, waiver, pauses), for the case worker to cite
 */
public record Deadline(DeadlineState state, Optional<LocalDate> dueOn, Optional<Long> daysLeft, List<String> sources) {

    public Deadline {
        sources = List.copyOf(sources);
    }

    static Deadline without(DeadlineState state, List<String> sources) {
        return new Deadline(state, Optional.empty(), Optional.empty(), sources);
    }

    /** Whether the step is overdue, or due within {@code days} days. */
    public boolean dueWithin(long days) {
        return daysLeft.map(left -> left <= days).orElse(false);
    }
}
