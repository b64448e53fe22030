package org.homeward.database;

/** Thrown when another live Homeward process owns the embedded database's data directory. */
public class DataDirectoryInUseException extends RuntimeException {
    public DataDirectoryInUseException(String message) {
        super(message);
    }
}
