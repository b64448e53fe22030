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
    void anImportIsSeenWritingOnlyWhileItWrites() {
        assertThat(bulkImports.writing()).isFalse();
        try (BulkImports.Writing writing = bulkImports.startWriting()) {
            assertThat(bulkImports.writing()).isTrue();
        }
        assertThat(bulkImports.writing()).isFalse();
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
        assertThat(bulkImports.writing()).isFalse();
        // The import's rows marked their days as changed; no day is left waiting once the import is done.
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
