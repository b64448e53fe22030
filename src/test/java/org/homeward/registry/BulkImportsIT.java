package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HomewardTest
class BulkImportsIT {

    @Autowired
    BulkImports bulkImports;

    @Autowired
    HouseholdImportService imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void anImportPausesTheStatisticsRefreshOnlyWhileItWrites() {
        String importId = UUID.randomUUID().toString();
        assertThat(pausesOf(importId)).isZero();
        try (BulkImports.Writing writing = bulkImports.startWriting(importId)) {
            assertThat(pausesOf(importId)).as("every server sees the pause").isEqualTo(1);
        }
        assertThat(pausesOf(importId)).isZero();
    }

    private long pausesOf(String importId) {
        return jdbc.sql("SELECT count(*) FROM statistics_refresh_pause WHERE holder = :holder")
                .param("holder", "import " + importId)
                .query(Long.class)
                .single();
    }

    @Test
    void theStatisticsSummaryHasCaughtUpWhenTheImportReturns() throws Exception {
        String prefix = "S" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Path file = ImportFiles.csv(
                folder.resolve("returns.csv"),
                StandardCharsets.UTF_8,
                false,
                ImportFiles.household(prefix + "A", "الحموي", "Al-Hamwi"));

        ImportReport report =
                imports.importFile(file, new ImportOptions(false, null, "test", 0), ImportProgress.SILENT);

        assertThat(report.householdsWritten()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM statistics_refresh_pause")
                        .query(Long.class)
                        .single())
                .as("the pause ended with the import")
                .isZero();
        // The import's rows named their households as changed; none is left waiting once the import is done.
        assertThat(jdbc.sql("SELECT count(*) FROM statistics_stale_household")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM statistics_stale_day")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM registry_change_v")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
