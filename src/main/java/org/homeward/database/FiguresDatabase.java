package org.homeward.database;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where dashboards, published figures, statistics and figure exports read from: the read replica
 * when {@code homeward.replica.url} is set (the primary while it does not answer), else the primary
 * itself. Only aggregate readers use it; personal data, writes and anything that must see a change
 * made a moment ago read the primary through the ordinary {@link JdbcClient}.
 */
public final class FiguresDatabase implements AutoCloseable {

    private final JdbcClient jdbc;
    private final ReplicaLag lag;
    private final AutoCloseable pool;

    private FiguresDatabase(JdbcClient jdbc, ReplicaLag lag, AutoCloseable pool) {
        this.jdbc = jdbc;
        this.lag = lag;
        this.pool = pool;
    }

    /** Every read on the primary: no replica is configured. */
    static FiguresDatabase primaryOnly(JdbcClient primary) {
        return new FiguresDatabase(primary, null, () -> {});
    }

    static FiguresDatabase replicated(ReplicaFallback connections, ReplicaLag lag, AutoCloseable pool) {
        return new FiguresDatabase(JdbcClient.create(connections), lag, pool);
    }

    /** The client figures are read with. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Whether a replica is configured. */
    public boolean replicated() {
        return lag != null;
    }

    /** How current the figures are; empty without a replica, where they are always the primary's own. */
    public Optional<FiguresAsOf> asOf() {
        return lag == null ? Optional.empty() : Optional.of(lag.read());
    }

    @Override
    public void close() throws Exception {
        pool.close();
    }
}
