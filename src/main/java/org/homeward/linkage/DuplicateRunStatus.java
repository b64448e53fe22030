package org.homeward.linkage;

import java.time.Instant;

/** How far a batch run over the registry has come. */
public record DuplicateRunStatus(
        long id,
        Instant startedAt,
        String startedBy,
        Instant finishedAt,
        String stage,
        long done,
        long total,
        long pairsWritten) {

    public boolean finished() {
        return finishedAt != null;
    }

    /** Work done in the current stage, in percent. */
    public int percent() {
        return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
