package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.homeward.HomewardTest;
import org.homeward.database.PostgresClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HomewardTest
class NameIndexesIT {

    @Autowired
    NameIndexes nameIndexes;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void indexesBack() {
        nameIndexes.ensure();
    }

    @Test
    void aSmallImportKeepsTheIndexes() {
        try (NameIndexes.Suspension suspension = nameIndexes.suspendFor(NameIndexes.MIN_ROWS - 1)) {
            assertThat(suspension.suspended()).isFalse();
            assertThat(NameIndexes.names())
                    .allSatisfy(name -> assertThat(nameIndexes.validity(name)).isTrue());
        }
    }

    @Test
    void aLargeImportSetsTheIndexesAsideAndClosingBuildsThemAgain() {
        long rows = Math.max(NameIndexes.MIN_ROWS, registered() + 1);
        try (NameIndexes.Suspension suspension = nameIndexes.suspendFor(rows)) {
            assertThat(suspension.suspended()).isTrue();
            assertThat(NameIndexes.names())
                    .allSatisfy(name -> assertThat(nameIndexes.validity(name)).isNull());
        }
        assertThat(NameIndexes.names())
                .allSatisfy(name -> assertThat(nameIndexes.validity(name)).isTrue());
    }

    @Test
    void startingUpBuildsAMissingIndexAndReplacesAHalfBuiltOne() throws Exception {
        JdbcClient superuser = PostgresClient.superuser(Path.of(HomewardTest.DATA_DIR));
        superuser.sql("DROP INDEX individual_name_keys").update();
        // What an interrupted CREATE INDEX CONCURRENTLY leaves behind: an index marked invalid.
        superuser
                .sql("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'individual_search_text'::regclass")
                .update();
        assertThat(nameIndexes.validity("individual_name_keys")).isNull();
        assertThat(nameIndexes.validity("individual_search_text")).isFalse();

        nameIndexes.run(null);

        assertThat(NameIndexes.names())
                .allSatisfy(name -> assertThat(nameIndexes.validity(name)).isTrue());
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'individual_search_text'")
                        .query(String.class)
                        .single())
                .contains("gin_trgm_ops");
    }

    private long registered() {
        return jdbc.sql("SELECT count(*) FROM individual").query(Long.class).single();
    }
}
