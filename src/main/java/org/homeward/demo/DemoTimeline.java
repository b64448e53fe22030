package org.homeward.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's clock while {@code serve --demo} may fill an empty registry: the real time for
 * everyone, except on the one thread that loads the demo while it replays a moment of the demo's
 * past. The demo records the months before today (forms signed, a movement boarded, departed and
 * arrived, visits made) through the same services users call, and those services read "now" from
 * this clock; so each past event keeps its own day and every rule is applied as it was on that day.
 * No request, parameter or setting reaches it: only the loading thread's own code sets a moment,
 * and only for the work it runs.
 */
public final class DemoTimeline extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> replayed;

    public DemoTimeline(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private DemoTimeline(Clock system, ThreadLocal<Instant> replayed) {
        this.system = Objects.requireNonNull(system, "system");
        this.replayed = replayed;
    }

    /** Runs the work on this thread as if it were the given moment, which may not lie in the future. */
    public <T> T at(Instant moment, Supplier<T> work) {
        if (moment.isAfter(system.instant())) {
            throw new IllegalArgumentException("The demo replays the past only, not " + moment);
        }
        Instant before = replayed.get();
        replayed.set(moment);
        try {
            return work.get();
        } finally {
            if (before == null) {
                replayed.remove();
            } else {
                replayed.set(before);
            }
        }
    }

    /** Runs the work on this thread as if it were the given moment. */
    public void at(Instant moment, Runnable work) {
        at(moment, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Instant moment = replayed.get();
        return moment == null ? system.instant() : moment;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // The same replayed moments, read in another zone.
        return new DemoTimeline(system.withZone(zone), replayed);
    }
}
