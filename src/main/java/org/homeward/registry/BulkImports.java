package org.homeward.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells whether a bulk import is writing into the registry, in this process or any other sharing
 * the database: work that follows the registry's changes one by one (the statistics summary) can
 * wait and catch up once, after the import, instead of racing a million small changes. The import
 * holds a shared advisory lock on a connection of its own while it writes; a killed import's
 * connection closes, and the lock goes with it.
 */
@Component
public class BulkImports {

    static final long WRITING_LOCK = 0x494d504fL;
    /** Serialises imports from their check to their end, so that two of them cannot race on the same keys. */
    static final long IMPORT_LOCK = 0x484f4d45L;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    BulkImports(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Whether some import is writing now. */
    public boolean writing() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = 0"
                        + " AND objid::bigint = :key AND objsubid = 1 AND granted)")
                .param("key", WRITING_LOCK)
                .query(Boolean.class)
                .single();
    }

    /** Marks this import as writing until the returned handle is closed. */
    Writing startWriting() {
        return hold("pg_advisory_lock_shared", "pg_advisory_unlock_shared", WRITING_LOCK);
    }

    /**
     * Waits until no other import runs, then keeps the others waiting until the returned handle is
     * closed: what the checking pass found of the registry's keys stays true while the batches are written.
     */
    Writing startImporting() {
        return hold("pg_advisory_lock", "pg_advisory_unlock", IMPORT_LOCK);
    }

    private Writing hold(String lockFunction, String unlockFunction, long key) {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT " + lockFunction + "(" + key + ")");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return () -> {
                try (connection;
                        Statement statement = connection.createStatement()) {
                    statement.execute("SELECT " + unlockFunction + "(" + key + ")");
                } catch (SQLException e) {
                    // The connection is gone, and the lock with it.
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the import's lock: " + e.getMessage(), e);
        }
    }

    /** Held while an import writes. */
    interface Writing extends AutoCloseable {
        @Override
        void close();
    }

    /** Published when a bulk import has written its households and its name indexes are back. */
    public record Finished(long householdsWritten) {}
}
