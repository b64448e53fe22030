package org.homeward.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The bulk imports' turns and news: one import at a time across every process sharing the database, and
 * events saying when one starts and stops writing into the registry, so that work that follows the
 * registry's changes one by one (the statistics summary) can wait and catch up once, after the import,
 * instead of racing a million small changes. The listeners keep what they make of the news in their own
 * tables, where the other servers see it (statistics' pause of its refresh).
 */
@Component
public class BulkImports {

    /** Serialises imports from their check to their end, so that two of them cannot race on the same keys. */
    static final long IMPORT_LOCK = 0x484f4d45L;

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;

    BulkImports(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /**
     * Tells the listeners that the import {@code importId} writes, until the returned handle is closed (when
     * the import succeeds or fails alike). A killed import never says it stopped: listeners must not wait
     * for that alone.
     */
    Writing startWriting(String importId) {
        events.publishEvent(new WritingStarted(importId));
        return () -> events.publishEvent(new WritingStopped(importId));
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

    /** Held while an import writes, or runs. */
    interface Writing extends AutoCloseable {
        @Override
        void close();
    }

    /** Published when a bulk import starts writing its batches; {@code importId} is its id in the audit trail. */
    public record WritingStarted(String importId) {}

    /** Published when a bulk import stops writing, whether it wrote everything or failed. */
    public record WritingStopped(String importId) {}

    /** Published when a bulk import has written its households and its name indexes are back. */
    public record Finished(long householdsWritten) {}
}
