package org.homeward.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.homeward.registry.ExportFormat;
import org.homeward.registry.HouseholdExportService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Exports every household in the interchange layout. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export all households in the interchange layout (docs/interchange.md), as CSV or XLSX.",
            "The export imports back into an empty registry as the same households.",
            "Exit code 0: exported; 3: nothing to export (no file is written, an existing FILE is left as it was)."
        })
class ExportCommand implements Callable<Integer> {

    /** Exit code of an export that found nothing to write. */
    static final int NOTHING_TO_EXPORT = 3;

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "The file to write (.csv or .xlsx).")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "csv|xlsx",
            description = "File format (default: from the file name, else csv).")
    String format;

    @Option(
            names = "--partner",
            paramLabel = "NAME",
            description =
                    "Share with this partner: only the households that " + "consented to referral to it are written.")
    String partner;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen = format != null
                ? parse(format)
                : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                        ? ExportFormat.XLSX
                        : ExportFormat.CSV;
        try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
            HouseholdExportService exports = context.getBean(HouseholdExportService.class);
            long total = exports.count();
            ProgressBar bar = new ProgressBar(System.err, "exporting");
            // Written beside the target first: a failed or empty export never leaves a file that looks like a success.
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            long written;
            try {
                written = exports.export(
                        partial, chosen, partner, CommandActor.name(), done -> bar.show(done, total, "rows"));
            } catch (IOException | RuntimeException failed) {
                Files.deleteIfExists(partial);
                throw failed;
            }
            bar.finish();
            if (written == 0) {
                Files.deleteIfExists(partial);
                System.out.println(nothingToExport());
                return NOTHING_TO_EXPORT;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("Exported %,d individuals to %s%n", written, file);
            return 0;
        }
    }

    private String nothingToExport() {
        return partner == null
                ? "Nothing exported: the registry holds no households; no file was written."
                : "Nothing exported: no household consented to referral to the partner '" + partner
                        + "'; no file was written.";
    }

    private static ExportFormat parse(String format) {
        try {
            return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("Unknown format '" + format + "'; use csv or xlsx");
        }
    }
}
