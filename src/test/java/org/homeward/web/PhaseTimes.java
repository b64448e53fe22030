package org.homeward.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The time a walk over many pages spends in each of its phases (loading, settling, hovering charts,
 * screenshots), added up, so that a run says where its minutes went. It is written out, never asserted:
 * a shared, loaded machine makes any figure only a hint.
 */
final class PhaseTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Does the work and adds its time to the phase. */
    <T> T time(String phase, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        try {
            return work.call();
        } finally {
            nanos.merge(phase, System.nanoTime() - start, Long::sum);
        }
    }

    /** Does the work and adds its time to the phase. */
    void run(String phase, Runnable work) throws Exception {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** Adds another walk's times to these, phase by phase. */
    void add(PhaseTimes other) {
        other.nanos.forEach((phase, spent) -> nanos.merge(phase, spent, Long::sum));
    }

    /** Each phase with its seconds, as "phase 12.3 s", in the order first met. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        nanos.forEach((phase, spent) -> text.append(text.isEmpty() ? "" : ", ")
                .append(phase)
                .append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.1f", spent / 1e9))
                .append(" s"));
        return text.toString();
    }
}
