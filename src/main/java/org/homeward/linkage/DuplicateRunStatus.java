package org.homeward.linkage;

import java.time.Instant;

/**
 * How far a batch run over the registry has come.
 *
 * @param state   {@code RUNNING}, {@code DONE} or {@code FAILED}, whichever server runs or ran it
 * @param failure why a failed run failed (English), else null
 */
public record DuplicateRunStatus(
        long id,
        Instant startedAt,
        String startedBy,
        Instant finishedAt,
        String stage,
        long done,
        long total,
        long pairsWritten,
        String state,
        String failure) {

    /** Whether the run ended well: its pairs are in the review queue. */
    public boolean finished() {
        return "DONE".equals(state);
    }

    public boolean running() {
        return "RUNNING".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }

    /** Work done in the current stage, in percent. */
    public int percent() {
        return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
