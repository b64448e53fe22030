package org.homeward.database;

/**
 * A request to empty the data directory before the embedded database starts. The application ships
 * no such bean, so a production start can never wipe data; only test configuration provides one.
 */
interface DataDirectoryWipe {

    /** Whether to delete the data directory's contents before the database starts. */
    boolean wanted();
}
