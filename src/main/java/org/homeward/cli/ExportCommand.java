package org.homeward.cli;

import java.nio.file.Path;
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
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export all households in the interchange layout (docs/interchange.md), as CSV or XLSX.",
                "The export imports back into an empty registry as the same households."})
class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "The file to write (.csv or .xlsx).")
    Path file;

    @Option(names = "--format", paramLabel = "csv|xlsx", description = "File format (default: from the file name, else csv).")
    String format;

    @Option(names = "--partner", paramLabel = "NAME", description = "Share with this partner: only the households that "
            + "consented to referral to it are written.")
    String partner;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen = format != null ? parse(format)
                : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ExportFormat.XLSX : ExportFormat.CSV;
        try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
            HouseholdExportService exports = context.getBean(HouseholdExportService.class);
            long total = exports.count();
            ProgressBar bar = new ProgressBar(System.err, "exporting");
            long written = exports.export(file, chosen, partner, CommandActor.name(), done -> bar.show(done, total, "rows"));
            bar.finish();
            System.out.printf("Exported %,d individuals to %s%n", written, file);
            return 0;
        }
    }

    private static ExportFormat parse(String format) {
        try {
            return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("Unknown format '" + format + "'; use csv or xlsx");
        }
    }
}
