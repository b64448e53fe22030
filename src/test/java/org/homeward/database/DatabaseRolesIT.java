package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HomewardTest
class DatabaseRolesIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MaintenanceDatabase maintenance;

    @Test
    void theApplicationRunsAsARoleThatIsNoSuperuserAndOwnsNothing() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("homeward_app");
        assertThat(jdbc.sql("""
                        SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication
                        FROM pg_roles WHERE rolname = current_user""").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                          AND c.relpersistence <> 't'""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT has_schema_privilege(current_schema(), 'CREATE')")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThatThrownBy(() -> jdbc.sql("CREATE TABLE smuggled (id int)").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() ->
                        jdbc.sql("ALTER TABLE household DISABLE TRIGGER USER").update())
                .hasStackTraceContaining("must be owner");
    }

    @Test
    void theOwnerRoleOwnsEveryTableAndMigrationsGrantedTheApplicationWhatItNeeds() {
        assertThat(maintenance
                        .jdbc()
                        .sql("SELECT current_user")
                        .query(String.class)
                        .single())
                .isEqualTo("homeward_owner");
        assertThat(jdbc.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
                        .query(String.class)
                        .list())
                .containsExactly("homeward_owner");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'
                          AND relname <> 'flyway_schema_history'
                          AND NOT (has_table_privilege(oid, 'SELECT') AND has_table_privilege(oid, 'INSERT'))""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT has_table_privilege('household', 'UPDATE, DELETE')")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT has_table_privilege('audit_event', 'UPDATE') OR has_table_privilege('audit_event', "
                                + "'DELETE') OR has_table_privilege('audit_event', 'TRUNCATE')")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void aDataDirectoryWhereTheSuperuserOwnedEverythingIsHandedToTheOwnerRole() throws Exception {
        Path data = Path.of("target/test-data/roles-" + UUID.randomUUID()).toAbsolutePath();
        try (EmbeddedDatabase earlier = EmbeddedDatabase.acquire(data, false, false)) {
            // What an earlier Homeward left: the schema's objects made by the superuser.
            JdbcClient superuser = PostgresClient.superuser(data);
            superuser
                    .sql("CREATE TABLE legacy_thing (id bigserial PRIMARY KEY, note text)")
                    .update();
            superuser.sql("CREATE SEQUENCE legacy_counter").update();
            superuser
                    .sql("CREATE FUNCTION legacy_answer() RETURNS int LANGUAGE sql AS 'SELECT 42'")
                    .update();
        }
        try (EmbeddedDatabase upgraded = EmbeddedDatabase.acquire(data, false, false)) {
            JdbcClient superuser = PostgresClient.superuser(data);
            assertThat(superuser.sql("""
                            SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class
                            WHERE relname IN ('legacy_thing', 'legacy_thing_id_seq', 'legacy_counter')""").query(String.class).list()).containsExactly("homeward_owner");
            assertThat(superuser
                            .sql("SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'legacy_answer'")
                            .query(String.class)
                            .single())
                    .isEqualTo("homeward_owner");
            for (String file : new String[] {"database-owner-password", "database-application-password"}) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(file))))
                        .as(file)
                        .isEqualTo("rw-------");
            }
            assertThat(upgraded.username()).isEqualTo("homeward_app");
        }
    }
}
