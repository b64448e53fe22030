package org.homeward.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two roles of the embedded database, set up by its superuser at every start: an owner of the
 * schema and every table (used by migrations and index rebuilds only), and an application role that
 * owns nothing, so that whoever learns its password cannot switch a trigger off or rewrite a table's
 * rules. A database made by an earlier Homeward, where the superuser owns everything, is handed over
 * to the owner role in place.
 */
final class EmbeddedRoles {

    static final String OWNER = "homeward_owner";
    static final String APPLICATION = "homeward_app";
    private static final String ATTRIBUTES = " LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS NOREPLICATION";

    /** Every schema object not owned by the owner role (extensions' members aside) becomes the owner's. */
    private static final String HAND_OVER = """
            DO $$
            DECLARE object record;
            BEGIN
                FOR object IN SELECT c.relname, c.relkind FROM pg_class c
                        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                          AND c.relowner <> '%1$s'::regrole
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                          AND d.objid = c.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER %%s %%I OWNER TO %1$s', CASE object.relkind WHEN 'v' THEN 'VIEW'
                        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, object.relname);
                END LOOP;
                -- Sequences owned by a column followed their table; the rest are handed over here.
                FOR object IN SELECT c.relname FROM pg_class c
                        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
                          AND c.relowner <> '%1$s'::regrole
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                          AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i')) LOOP
                    EXECUTE format('ALTER SEQUENCE %%I OWNER TO %1$s', object.relname);
                END LOOP;
                FOR object IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
                        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '%1$s'::regrole
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                          AND d.objid = p.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER ROUTINE %%s OWNER TO %1$s', object.signature);
                END LOOP;
                FOR object IN SELECT t.oid::regtype AS name FROM pg_type t
                        WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
                          AND t.typowner <> '%1$s'::regrole
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                          AND d.objid = t.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER TYPE %%s OWNER TO %1$s', object.name);
                END LOOP;
            END
            $$""".formatted(OWNER);

    private EmbeddedRoles() {}

    /**
     * Creates or updates both roles with their passwords, and gives the owner role the database,
     * its schema and every object in it. Must run as the superuser, connected to Homeward's database.
     */
    static void prepare(Connection superuser, String ownerPassword, String applicationPassword) throws SQLException {
        superuser.setAutoCommit(false);
        try (Statement statement = superuser.createStatement()) {
            ensureRole(superuser, OWNER, ownerPassword);
            ensureRole(superuser, APPLICATION, applicationPassword);
            String database = EmbeddedDatabase.DATABASE_NAME;
            statement.execute("ALTER DATABASE " + database + " OWNER TO " + OWNER);
            statement.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + APPLICATION);
            statement.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            statement.execute(HAND_OVER);
            superuser.commit();
        } catch (SQLException e) {
            superuser.rollback();
            throw e;
        }
    }

    private static void ensureRole(Connection superuser, String role, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement query = superuser.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                exists = rows.next();
            }
        }
        try (Statement statement = superuser.createStatement()) {
            // The password comes from our own random file (URL-safe base64), never from a user.
            statement.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + ATTRIBUTES + " PASSWORD '"
                    + password.replace("'", "''") + "'");
        }
    }
}
