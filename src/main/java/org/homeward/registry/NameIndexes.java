package org.homeward.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.homeward.database.MaintenanceDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indexes that make names searchable: trigrams of the folded names, the cross-script name keys,
 * the bearers of each given-name key and of each pair of a given with a family or father's name in order
 * of registration ({@link NameCandidates}). Keeping them up to date row by row costs about half of what PostgreSQL spends on an
 * import, while building them once over the whole table costs much less; so a large first import
 * (at least {@link #MIN_ROWS} rows, and at least as many as the registry already holds) sets them
 * aside and builds them again before it reports that it is done. Searches keep working meanwhile,
 * only slower. Should the process die in between, the next start of Homeward builds whatever is
 * missing or was left half-built before it does anything else. Dropping and building an index
 * needs to own the table, so these statements go through the owner's {@link MaintenanceDatabase},
 * never the application's pool.
 */
@Component
class NameIndexes implements ApplicationRunner {

    static final long MIN_ROWS = 100_000;
    /** Serialises rebuilds, so that two processes never build one index twice at once. */
    private static final long BUILD_LOCK = 0x4e414d45L;

    private static final Logger log = LoggerFactory.getLogger(NameIndexes.class);
    private static final List<Definition> INDEXES = List.of(
            new Definition("individual_search_text", "individual USING gin (search_text gin_trgm_ops)"),
            new Definition("individual_name_keys", "individual USING gin (name_keys)"),
            new Definition(
                    "individual_given_key_order", "individual_given_key (key, registered_at DESC, individual_id)"),
            new Definition(
                    "individual_name_pair_order", "individual_name_pair (key, registered_at DESC, individual_id)"));

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    NameIndexes(JdbcClient jdbc, MaintenanceDatabase maintenance) {
        this.jdbc = jdbc;
        this.dataSource = maintenance.dataSource();
    }

    private record Definition(String name, String target) {}

    /** Set aside while a large import writes; closing builds them again. */
    interface Suspension extends AutoCloseable {
        boolean suspended();

        @Override
        void close();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        ensure();
    }

    /** Sets the indexes aside when an import of this many rows is worth rebuilding them for. */
    Suspension suspendFor(long rowsToImport) {
        if (rowsToImport < MIN_ROWS || rowsToImport < registeredIndividuals()) {
            return suspension(false);
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // Never queue behind a long search (and make every other query queue behind us): give up instead.
            statement.execute("SET lock_timeout = '2s'");
            try {
                for (Definition index : INDEXES) {
                    statement.execute("DROP INDEX IF EXISTS " + index.name());
                }
            } finally {
                statement.execute("RESET lock_timeout");
            }
            log.info(
                    "Name indexes set aside for an import of {} rows; they are built again when it ends", rowsToImport);
            return suspension(true);
        } catch (SQLException e) {
            log.info("Name indexes kept during the import: {}", e.getMessage());
            ensure();
            return suspension(false);
        }
    }

    private Suspension suspension(boolean suspended) {
        return new Suspension() {
            @Override
            public boolean suspended() {
                return suspended;
            }

            @Override
            public void close() {
                if (suspended) {
                    ensure();
                }
            }
        };
    }

    /**
     * Builds each index that is missing, or left invalid by a build that was interrupted. Built
     * concurrently, so registrations made meanwhile are not held up.
     */
    void ensure() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("SELECT pg_advisory_lock(" + BUILD_LOCK + ")");
            try {
                statement.execute("SET maintenance_work_mem = '256MB'");
                for (Definition index : INDEXES) {
                    Boolean valid = validity(index.name());
                    if (Boolean.TRUE.equals(valid)) {
                        continue;
                    }
                    if (valid != null) {
                        statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index.name());
                    }
                    long started = System.nanoTime();
                    statement.execute(
                            "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + index.name() + " ON " + index.target());
                    log.info(
                            "Name index {} built in {} s", index.name(), (System.nanoTime() - started) / 1_000_000_000);
                }
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + BUILD_LOCK + ")");
                statement.execute("RESET maintenance_work_mem");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The name indexes could not be built: " + e.getMessage(), e);
        }
    }

    /** Whether the index is usable; null when it does not exist. */
    Boolean validity(String name) {
        return jdbc.sql("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                        + "WHERE c.relname = :name AND c.relnamespace = current_schema()::regnamespace")
                .param("name", name)
                .query(Boolean.class)
                .optional()
                .orElse(null);
    }

    static List<String> names() {
        return INDEXES.stream().map(Definition::name).toList();
    }

    private long registeredIndividuals() {
        return jdbc.sql("SELECT count(*) FROM individual").query(Long.class).single();
    }
}
