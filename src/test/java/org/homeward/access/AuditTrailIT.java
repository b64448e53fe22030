package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.homeward.HomewardTest;
import org.homeward.database.PostgresClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HomewardTest
class AuditTrailIT {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    DataSource superuser;

    @BeforeEach
    void connectAsTheSuperuser() throws Exception {
        // The intruder's position: the database's own superuser password.
        superuser = PostgresClient.superuserDataSource(Path.of(HomewardTest.DATA_DIR));
    }

    @Test
    void refusesChangesAndDeletionsThroughOrdinarySql() throws Exception {
        audit.record(
                new AuditEntry("TEST_APPEND_ONLY", "test", UUID.randomUUID().toString(), null, null), "tester");
        // The application's own role may not even try; the owner is stopped by the trigger.
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'")
                        .update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasStackTraceContaining("permission denied");
        JdbcClient superuser = PostgresClient.superuser(Path.of(HomewardTest.DATA_DIR));
        assertThatThrownBy(() -> superuser
                        .sql("UPDATE audit_event SET actor = 'someone else'")
                        .update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> superuser.sql("DELETE FROM audit_event").update())
                .hasStackTraceContaining("append-only");
        assertThat(audit.firstBrokenLink()).isEmpty();
    }

    @Test
    void theVerificationFindsExactlyTheEntryThatWasChangedBehindItsBack() throws Exception {
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            audit.record(new AuditEntry("TEST_TAMPER", "test", marker, null, Map.of("n", i)), "tester");
        }
        long third = jdbc.sql("SELECT id FROM audit_event WHERE target_id = :marker ORDER BY id OFFSET 2 LIMIT 1")
                .param("marker", marker)
                .query(Long.class)
                .single();
        assertThat(audit.firstBrokenLink()).isEmpty();
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            // What an intruder with database access would do: switch triggers off and rewrite history.
            statement.execute("SET session_replication_role = replica");
            statement.execute("UPDATE audit_event SET actor = 'nobody' WHERE id = " + third);
            statement.execute("SET session_replication_role = origin");
        }
        try {
            assertThat(audit.firstBrokenLink()).contains(third);
        } finally {
            try (Connection connection = superuser.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SET session_replication_role = replica");
                statement.execute("UPDATE audit_event SET actor = 'tester' WHERE id = " + third);
                statement.execute("SET session_replication_role = origin");
            }
        }
        assertThat(audit.firstBrokenLink()).isEmpty();
    }
}
