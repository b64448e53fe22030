package org.homeward.linkage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;

/**
 * Where the on-entry index stands in the registry's change counter: the highest change taken in, and the
 * ranges below it not seen yet. A change's number is drawn when it is written but becomes visible when its
 * transaction commits, so a long import (or a registration on another server) can commit numbers lower than
 * one already taken in; the gaps are asked again until they fill or, when their transaction rolled back and
 * they never will, until they are older than the patience given.
 */
final class ChangePosition {

    /** Gaps kept at most; beyond it the oldest are given up (a flood of rolled-back writes). */
    static final int MAXIMUM_GAPS = 1_000;

    /** Change numbers not seen yet, from and to included, and when they were first missed. */
    record Gap(long from, long to, Instant noticed) {}

    private long seen;
    private List<Gap> gaps = List.of();

    ChangePosition(long seen) {
        this.seen = seen;
    }

    /** The highest change taken in. */
    long seen() {
        return seen;
    }

    /** The ranges below {@link #seen()} still to ask for. */
    List<Gap> gaps() {
        return gaps;
    }

    /** Takes in the change numbers read (those after {@link #seen()} and those inside the gaps). */
    void advance(NavigableSet<Long> read, Instant now, Duration patience) {
        List<Gap> open = new ArrayList<>();
        Instant oldest = now.minus(patience);
        for (Gap gap : gaps) {
            if (gap.noticed().isBefore(oldest)) {
                continue;
            }
            long from = gap.from();
            for (long id : read.subSet(gap.from(), true, gap.to(), true)) {
                if (id > from) {
                    open.add(new Gap(from, id - 1, gap.noticed()));
                }
                from = id + 1;
            }
            if (from <= gap.to()) {
                open.add(new Gap(from, gap.to(), gap.noticed()));
            }
        }
        long previous = seen;
        for (long id : read.tailSet(seen, false)) {
            if (id > previous + 1) {
                open.add(new Gap(previous + 1, id - 1, now));
            }
            previous = id;
        }
        seen = previous;
        open.sort(Comparator.comparingLong(Gap::from));
        gaps = List.copyOf(open.subList(Math.max(0, open.size() - MAXIMUM_GAPS), open.size()));
    }
}
