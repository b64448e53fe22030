package org.homeward.database;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database as the role that owns its tables: for migrations and the few maintenance statements
 * that need ownership (dropping and building indexes). The application's own pool connects as a role
 * that owns nothing; this is the one way past that, and it is kept out of request handling.
 */
public final class MaintenanceDatabase {

    private final DataSource dataSource;
    private final String applicationRole;
    private final boolean separateOwner;

    MaintenanceDatabase(DataSource dataSource, String applicationRole, boolean separateOwner) {
        this.dataSource = dataSource;
        this.applicationRole = applicationRole;
        this.separateOwner = separateOwner;
    }

    /** Connections as the owner role (the application role itself when no owner was configured). */
    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** The role the application runs as, which migrations grant its privileges to. */
    String applicationRole() {
        return applicationRole;
    }

    /** Whether migrations and maintenance run as a role of their own rather than the application's. */
    public boolean separateOwner() {
        return separateOwner;
    }
}
