package org.homeward.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.homeward.files.OwnerOnlyFiles;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.statistics.ExportRequest;
import org.homeward.statistics.IndicatorQueryException;
import org.homeward.statistics.StatisticsExportFormat;
import org.homeward.statistics.StatisticsExportService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The registry's statistics on the command line: {@code figures export}. */
@Command(
        name = "figures",
        mixinStandardHelpOptions = true,
        description = {"Statistics of returns counted by the registry, protected against singling anyone out."},
        subcommands = {FiguresCommand.Export.class})
class FiguresCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Writes the protected export table as HXL CSV, XLSX or JSON. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Export returns counted by the registry: one row per period, area, country of asylum or crossing"
                        + " point (or pair of them), with individuals, households, women and girls, men and boys, and children.",
                "Small counts (1 to 4 by default) and any count that would give one back are left empty.",
                "Exit code 0: written; 2: the options were wrong (nothing written)."
            })
    static class Export implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Option(
                names = "--format",
                required = true,
                paramLabel = "hxl|xlsx|json",
                description = "hxl: CSV with an HXL 1.1 hashtag row under the header, for HDX; xlsx: workbook with a"
                        + " definitions sheet; json: definitions, columns with hashtags, rows and totals.")
        String format;

        @Option(
                names = "--output",
                required = true,
                paramLabel = "FILE",
                description = "The file to write; written whole or not at all.")
        Path output;

        @Option(
                names = "--by",
                split = ",",
                paramLabel = "DIMENSION",
                description =
                        "Lay rows out by up to two of: day, week, month, year, adm1 (governorate), adm2 (district),"
                                + " adm3 (sub-district), country (of asylum), crossing. Repeat the option or separate with commas;"
                                + " none gives one national row.")
        List<String> by = List.of();

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day counted (default: 2011-01-01).")
        String from;

        @Option(
                names = "--to",
                paramLabel = "YYYY-MM-DD",
                description = "Last day counted (default: today, Syrian time).")
        String to;

        @Option(names = "--type", paramLabel = "refugee|idp|all", description = "Return type (default: all).")
        String type;

        @Option(
                names = "--stage",
                paramLabel = "returned|pending",
                description = "returned: journeys that reached home, on the return date (default); pending: registered"
                        + " intentions not yet home, on the day of registration.")
        String stage;

        @Option(
                names = "--area",
                paramLabel = "P-CODE",
                description = "Only destinations within this governorate,"
                        + " district or sub-district (SY02, SY0200, SY020000).")
        String area;

        @Option(
                names = "--country",
                paramLabel = "ISO3",
                description = "Only refugees from this country of asylum (LBN).")
        String country;

        @Option(
                names = "--counting",
                paramLabel = "registrations|persons",
                description = "registrations: every record counts (default); persons: records linked to one person by"
                        + " duplicate detection count once.")
        String counting;

        @Option(
                names = "--lang",
                paramLabel = "en|ar",
                defaultValue = "en",
                description = "Language of headers, names and definitions (default: ${DEFAULT-VALUE}).")
        String language;

        @Override
        public Integer call() throws Exception {
            StatisticsExportFormat chosen = StatisticsExportFormat.parse(format)
                    .orElseThrow(
                            () -> new CommandFailedException("Unknown format '" + format + "'; use hxl, xlsx or json"));
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                LocalDate today = LocalDate.now(context.getBean(Clock.class));
                ExportRequest request = request(today);
                Path directory = output.toAbsolutePath().getParent();
                Files.createDirectories(directory);
                Path partial = Files.createTempFile(directory, ".figures-", ".part");
                try (OutputStream out = OwnerOnlyFiles.newOutputStream(partial)) {
                    context.getBean(StatisticsExportService.class)
                            .export(
                                    request,
                                    chosen,
                                    out,
                                    Locale.forLanguageTag("ar".equalsIgnoreCase(language) ? "ar" : "en"));
                }
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("Wrote " + output);
                return 0;
            }
        }

        private ExportRequest request(LocalDate today) {
            Map<String, String> parameters = new LinkedHashMap<>();
            put(parameters, "from", from);
            put(parameters, "to", to);
            put(parameters, "type", type);
            put(parameters, "stage", stage);
            put(parameters, "area", area);
            put(parameters, "country", country);
            put(parameters, "counting", counting);
            parameters.put("by", String.join(",", by));
            try {
                return ExportRequest.read(parameters, today);
            } catch (IndicatorQueryException problems) {
                StringBuilder message = new StringBuilder("Nothing written:");
                for (FieldProblem problem : problems.fieldProblems()) {
                    message.append(System.lineSeparator())
                            .append("  --")
                            .append(problem.field())
                            .append(": ")
                            .append(problem.message());
                }
                throw new CommandFailedException(message.toString());
            }
        }

        private static void put(Map<String, String> parameters, String name, String value) {
            if (value != null) {
                parameters.put(name, value);
            }
        }
    }
}
