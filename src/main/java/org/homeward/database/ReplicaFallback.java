package org.homeward.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The connections figures are read with: the replica's, or the primary's while the replica does not
 * answer. Figures are aggregates the primary can also give, so an unreachable replica slows the
 * primary a little rather than leaving coordinators without numbers; after a failure the replica is
 * tried again only every {@code retryAfter}, so that pages do not wait on it each time.
 */
final class ReplicaFallback extends AbstractDataSource {

    private static final Logger log = LoggerFactory.getLogger(ReplicaFallback.class);

    private static final int VALIDATION_SECONDS = 2;

    private final DataSource replica;
    private final DataSource primary;
    private final Clock clock;
    private final Duration retryAfter;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile Instant retryAt = Instant.MIN;

    ReplicaFallback(DataSource replica, DataSource primary, Clock clock, Duration retryAfter) {
        this.replica = replica;
        this.primary = primary;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Instant now = clock.instant();
        if (now.isBefore(retryAt)) {
            return primary.getConnection();
        }
        try {
            Connection connection = usable(replica.getConnection());
            if (down.compareAndSet(true, false)) {
                log.info("The figures replica answers again; figures are read from it");
            }
            return connection;
        } catch (SQLException failure) {
            retryAt = now.plus(retryAfter);
            if (down.compareAndSet(false, true)) {
                // The state only: the URL may carry parameters an operator would rather not see in a log.
                log.warn(
                        "The figures replica does not answer (SQL state {}); figures are read from the primary until it does",
                        failure.getSQLState());
            }
            return primary.getConnection();
        }
    }

    /**
     * The connection if it still answers. A pool hands out a connection used a moment ago without asking the
     * server, so the first reads after the replica stops would otherwise fail instead of falling back.
     */
    private Connection usable(Connection connection) throws SQLException {
        if (connection.isValid(VALIDATION_SECONDS)) {
            return connection;
        }
        if (replica instanceof HikariDataSource pool) {
            pool.evictConnection(connection);
        } else {
            connection.close();
        }
        throw new SQLException("A connection to the figures replica no longer answers", "08006");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("The figures connections are opened with the configured role only");
    }

    /** Whether the last attempt to reach the replica failed. */
    boolean fallingBack() {
        return down.get();
    }
}
