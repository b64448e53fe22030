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
                .param("key", WRITING_LOCK).query(Boolean.class).single();
    }

    /** Marks this import as writing until the returned handle is closed. */
    Writing startWriting() {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock_shared(" + WRITING_LOCK + ")");
            }
            return () -> {
                try (connection; Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_advisory_unlock_shared(" + WRITING_LOCK + ")");
                } catch (SQLException e) {
                    // The connection is gone, and the lock with it.
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark the import as writing: " + e.getMessage(), e);
        }
    }

    /** Held while an import writes. */
    interface Writing extends AutoCloseable {
        @Override
        void close();
    }

    /** Published when a bulk import has written its households and its name indexes are back. */
    public record Finished(long householdsWritten) {
    }
}
