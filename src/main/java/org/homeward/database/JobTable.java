package org.homeward.database;

import java.time.Instant;
import java.util.List;

/**
 * The rows of one feature's table of jobs that run once across all servers, seen by {@link ClaimedJobs}:
 * the feature writes the SQL itself, naming its own table, so that the table-ownership check still reads
 * every table each feature's SQL names. Each statement keeps the rule that a job is silent when its
 * heartbeat is older than {@code silentSince}, and names the server in every write it lets through.
 *
 * @param <K> the job's id
 */
public interface JobTable<K> {

    /** The running jobs whose server has not written its heartbeat since {@code silentSince}. */
    List<K> abandoned(Instant silentSince);

    /**
     * Fails a silent job that was begun too often, since it may be what stops its servers; true when it did.
     * Jobs without a limit of attempts never give up.
     */
    default boolean giveUp(K job, Instant now, Instant silentSince) {
        return false;
    }

    /**
     * Takes a silent job over for {@code server}, with a fresh heartbeat; false when another server was
     * quicker, the silent one came back, or the job may not be begun again.
     */
    boolean claim(K job, String server, Instant now, Instant silentSince);
}
