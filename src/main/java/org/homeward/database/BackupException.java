package org.homeward.database;

/** A backup or a restore that could not be done, with a message for the operator. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
