package org.homeward.benchmark;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.homeward.database.MaintenanceDatabase;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk import rate against PostgreSQL's own share of the work, in one run: a COPY of the rows the
 * import wrote back into the same tables with their indexes, constraints and triggers (the first
 * reference), and a COPY of the file into a bare table of text columns (the second).
 * Usage: scripts/benchmark.sh ImportBenchmark [individuals, default 1000000]
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int individuals = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Files.createDirectories(Path.of("target/benchmark"));
        Path file = SyntheticImportFile.write(folder.resolve("import-" + individuals + ".csv"), individuals / 5, 42);
        Path data = folder.resolve("import-data");
        try (ConfigurableApplicationContext app = BenchmarkApplication.start(data, false)) {
            double copyCpuStarted = PostgresCpu.seconds(data);
            double copySeconds =
                    copyReference(app.getBean(MaintenanceDatabase.class).dataSource(), file);
            double copyCpu = PostgresCpu.seconds(data) - copyCpuStarted;
            if (System.getProperty("experiment.drop") != null) {
                try (Connection c = app.getBean(MaintenanceDatabase.class)
                                .dataSource()
                                .getConnection();
                        Statement s = c.createStatement()) {
                    for (String statement :
                            System.getProperty("experiment.drop").split(";")) {
                        s.execute(statement);
                    }
                }
            }
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            var system = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long processCpuStarted = system.getProcessCpuTime();
            double postgresCpuStarted = PostgresCpu.seconds(data);
            long started = System.nanoTime();
            long[] checked = {0};
            long[] indexing = {0};
            long[] checkedCpu = {0};
            ImportProgress stages = new ImportProgress() {
                @Override
                public void written(long rowsDone, long rowsTotal, long householdsWritten) {
                    if (checked[0] == 0) {
                        checked[0] = System.nanoTime();
                        checkedCpu[0] = threads.getCurrentThreadCpuTime();
                    }
                }

                @Override
                public void buildingNameIndexes() {
                    indexing[0] = System.nanoTime();
                }
            };
            ImportReport report = app.getBean(HouseholdImportService.class)
                    .importFile(
                            file,
                            new ImportOptions(false, null, "benchmark", ImportOptions.DEFAULT_BATCH_SIZE),
                            stages);
            if (System.getProperty("experiment.after") != null) {
                try (Connection c = app.getBean(MaintenanceDatabase.class)
                                .dataSource()
                                .getConnection();
                        Statement s = c.createStatement()) {
                    for (String statement :
                            System.getProperty("experiment.after").split(";")) {
                        long t = System.nanoTime();
                        s.execute(statement);
                        System.out.printf("after: %.1f s %s%n", (System.nanoTime() - t) / 1e9, statement);
                    }
                }
            }
            double importSeconds = (System.nanoTime() - started) / 1e9;
            double importCpu = (system.getProcessCpuTime() - processCpuStarted) / 1e9;
            double postgresCpu = PostgresCpu.seconds(data) - postgresCpuStarted;
            long ended = System.nanoTime();
            long written = indexing[0] == 0 ? ended : indexing[0];
            System.out.printf(
                    "stages: checking and first batch %.1f s (CPU of the importing thread %.1f s), writing %.1f s,"
                            + " name indexes and statistics %.1f s%n",
                    (checked[0] - started) / 1e9,
                    (checkedCpu[0] - cpuStarted) / 1e9,
                    (written - checked[0]) / 1e9,
                    (ended - written) / 1e9);
            if (report.hasProblems() || report.individualsWritten() != individuals) {
                throw new IllegalStateException("import did not write every row: " + report.problems());
            }
            tableScans(app.getBean(DataSource.class));
            System.out.printf(
                    "documentation cases proposed for the imported households: %,d%n",
                    app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                            .sql("SELECT count(*) FROM documentation_proposal")
                            .query(Long.class)
                            .single());
            double[] sameTables = sameTablesReference(app, folder, data);
            System.out.printf("rows: %,d individuals in %,d households%n", individuals, individuals / 5);
            System.out.printf(
                    "bare COPY (second reference):       %.1f s, %,.0f rows/s%n",
                    copySeconds, individuals / copySeconds);
            System.out.printf(
                    "same-tables COPY (first reference): %.1f s, %,.0f individuals/s%n",
                    sameTables[0], individuals / sameTables[0]);
            System.out.printf(
                    "Homeward import:                    %.1f s, %,.0f individuals/s%n",
                    importSeconds, individuals / importSeconds);
            System.out.printf("ratio import/same-tables COPY rate: %.2f%n", sameTables[0] / importSeconds);
            System.out.printf("ratio import/bare COPY rate:        %.2f%n", copySeconds / importSeconds);
            System.out.printf(
                    "CPU: bare COPY %.1f s in PostgreSQL; same-tables COPY %.1f s in PostgreSQL; import %.1f s"
                            + " in the JVM (all threads, with JIT and GC) + %.1f s in PostgreSQL%n",
                    copyCpu, sameTables[1], importCpu, postgresCpu);
            // On a shared machine wall times follow the CPU share each process gets; CPU seconds are steadier.
            System.out.printf(
                    "ratio by CPU seconds, same-tables COPY (PostgreSQL %.1f s + JVM %.1f s) / import: %.2f%n",
                    sameTables[1], sameTables[2], (sameTables[1] + sameTables[2]) / (importCpu + postgresCpu));
            System.out.printf("peak heap: %,d MiB%n", BenchmarkApplication.peakHeapMegabytes());
        }
    }

    /**
     * The rows the import wrote, taken out, the tables emptied, and the same rows put back with COPY
     * into the same tables: seconds, PostgreSQL CPU seconds and JVM CPU seconds of putting them back.
     */
    private static double[] sameTablesReference(ConfigurableApplicationContext app, Path folder, Path data)
            throws Exception {
        SameTablesCopy reference =
                new SameTablesCopy(app.getBean(MaintenanceDatabase.class).dataSource(), folder);
        System.out.printf("same-tables COPY takes out: %s rows%n", reference.capture());
        reference.empty();
        var system = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long jvmCpuStarted = system.getProcessCpuTime();
        double cpuStarted = PostgresCpu.seconds(data);
        long started = System.nanoTime();
        reference.copyBack(ImportOptions.DEFAULT_BATCH_SIZE);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new double[] {
            seconds, PostgresCpu.seconds(data) - cpuStarted, (system.getProcessCpuTime() - jvmCpuStarted) / 1e9
        };
    }

    /** How PostgreSQL read the registry's tables during the import: a sequential scan per batch would not scale. */
    private static void tableScans(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT relname, seq_scan, seq_tup_read, idx_scan FROM pg_stat_user_tables"
                                + " WHERE relname IN ('household', 'individual', 'household_event', 'statistics_stale_day', 'registry_change') ORDER BY relname")) {
            while (rows.next()) {
                System.out.printf(
                        "table %s: %,d sequential scans reading %,d rows, %,d index scans%n",
                        rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
            }
        }
    }

    /** COPY of the same file into a table of text columns: the fastest way PostgreSQL takes these rows. */
    private static double copyReference(DataSource dataSource, Path file) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String columns = String.join(" text, ", SyntheticImportFile.HEADER.split(",")) + " text";
            statement.execute("DROP TABLE IF EXISTS copy_reference");
            statement.execute("CREATE TABLE copy_reference (" + columns + ")");
            long started = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(file)) {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY copy_reference FROM STDIN (FORMAT csv, HEADER true)", reader);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            statement.execute("DROP TABLE copy_reference");
            return seconds;
        }
    }
}
