package org.homeward.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProblem;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;
import org.homeward.registry.InterchangeFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports households from a CSV or XLSX file in the interchange layout. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import households from a CSV (UTF-8, or Windows-1256 Arabic) or XLSX file in the interchange layout"
                    + " (docs/interchange.md: one row per individual, rows of a household share household_key).",
            "Every row is checked first, and every key against the registry; a file with problems imports nothing"
                    + " unless --skip-invalid is given.",
            "Importing the same file again imports only what is missing: a household already registered with the"
                    + " same people is skipped, other people under a registered household or individual key are refused.",
            "An XLSX file may have up to 500,000 rows ($HOMEWARD_IMPORT_XLSX_MAX_ROWS); CSV has no limit.",
            "Exit code 0: imported; 3: problems found."
        })
class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "The CSV or XLSX file to import.")
    Path file;

    @Option(
            names = "--skip-invalid",
            description = "Import the valid households and write the rejected rows, with their"
                    + " reasons, to the --rejected file.")
    boolean skipInvalid;

    @Option(
            names = "--rejected",
            paramLabel = "FILE",
            description =
                    "Where rejected rows go with --skip-invalid" + " (default: FILE.rejected.csv beside the input).")
    Path rejected;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Households written per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            defaultValue = "import",
            description = "Name recorded as the author of the imported registrations (default: ${DEFAULT-VALUE}).")
    String actor;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailedException("No such file: " + file);
        }
        Path rejectedRows = rejected != null ? rejected : file.resolveSibling(file.getFileName() + ".rejected.csv");
        ProgressBar checking = new ProgressBar(System.err, "checking");
        ProgressBar writing = new ProgressBar(System.err, "writing ");
        ImportProgress progress = new ImportProgress() {
            @Override
            public void checked(long rows) {
                checking.show(rows, 0, "rows");
            }

            @Override
            public void written(long rowsDone, long rowsTotal, long householdsWritten) {
                writing.show(rowsDone, rowsTotal, "rows");
            }

            @Override
            public void buildingNameIndexes() {
                writing.finish();
                System.err.println("building the name indexes (names become searchable when this ends)...");
            }
        };
        try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
            ImportReport report = context.getBean(HouseholdImportService.class)
                    .importFile(
                            file,
                            new ImportOptions(skipInvalid, rejectedRows, actor, batchSize, CommandActor.name()),
                            progress);
            checking.finish();
            print(report, rejectedRows);
            return report.hasProblems() ? 3 : 0;
        } catch (InterchangeFileException unreadable) {
            checking.finish();
            System.out.println("Nothing imported: " + unreadable.problem());
            return 3;
        }
    }

    private void print(ImportReport report, Path rejectedRows) {
        if (!report.note().isEmpty()) {
            System.out.println(report.note());
        }
        int shown = 0;
        for (ImportProblem problem : report.problems()) {
            if (shown++ == 100) {
                System.out.println("... and " + (report.problemCount() - 100) + " more problems");
                break;
            }
            System.out.println(problem);
        }
        System.out.printf(
                "%,d rows, %,d households read; %,d households with problems%n",
                report.rows(), report.households(), report.invalidHouseholds());
        if (!report.imported()) {
            System.out.println(
                    "Nothing imported: correct the problems above, or use --skip-invalid to import the valid households.");
            return;
        }
        System.out.printf(
                "Imported %,d households (%,d individuals); %,d were already present.%n",
                report.householdsWritten(), report.individualsWritten(), report.householdsAlreadyPresent());
        if (skipInvalid && report.invalidHouseholds() > 0) {
            System.out.println("Rejected rows with their reasons: " + rejectedRows);
        }
    }
}
