package org.homeward.database;

/**
 * Thrown by a server whose write found the job another server's: it was taken over while this one was
 * silent, so this one stops without writing anything more.
 */
public final class JobTakenOverException extends RuntimeException {

    JobTakenOverException() {
        super("taken over by another server", null, false, false);
    }
}
