package org.homeward.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * What the application role may do, granted by the owner after every migration run: read and write
 * the feature tables, but on the audit trail only read and append, and on the migration history only
 * read. Default privileges cover tables that later migrations add, so they need no GRANT of their own.
 */
final class ApplicationRoleGrants implements Callback {

    /** Tables the application may read and append to, never change. */
    static final List<String> APPEND_ONLY = List.of("audit_event");

    private final MaintenanceDatabase maintenance;

    ApplicationRoleGrants(MaintenanceDatabase maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE && maintenance.separateOwner();
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grant(context.getConnection(), quoted(maintenance.applicationRole()));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not grant the application role its privileges: " + e.getMessage(), e);
        }
    }

    private static void grant(Connection owner, String role) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            String schema = quoted(currentSchema(statement));
            statement.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            statement.execute(
                    "REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA " + schema + " FROM " + role);
            statement.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                    + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role);
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                    + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + role);
            for (String table : APPEND_ONLY) {
                revokeIfExists(statement, table, "UPDATE, DELETE", role);
            }
            revokeIfExists(statement, "flyway_schema_history", "INSERT, UPDATE, DELETE", role);
        }
    }

    private static void revokeIfExists(Statement statement, String table, String privileges, String role)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rows.next();
            if (!rows.getBoolean(1)) {
                return;
            }
        }
        statement.execute("REVOKE " + privileges + " ON " + table + " FROM " + role);
    }

    private static String currentSchema(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT current_schema()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String getCallbackName() {
        return "application role grants";
    }
}
