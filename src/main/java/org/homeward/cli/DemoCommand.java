package org.homeward.cli;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSettings;
import org.homeward.demo.DemoSummary;
import org.homeward.registry.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a synthetic population of returnee households and imports it, or only writes the files. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generate synthetic but realistic returnee households in the interchange layout, shaped by "
                    + "UNHCR's return figures, with a share of people registered more than once.",
            "Writes households.csv (the interchange layout) and truth.csv (individual_key, person_id: rows of "
                    + "the same real person share person_id) into the output directory, then imports "
                    + "households.csv into the registry unless --output-only is given.",
            "The same --seed and --today always give byte-identical files."
        })
class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @ArgGroup(exclusive = true)
    Size size = new Size();

    /** How big the population is: by households or by individuals. */
    static class Size {
        @Option(
                names = "--households",
                paramLabel = "N",
                defaultValue = "10000",
                description = "About this many households (default: ${DEFAULT-VALUE}); the individual counts per "
                        + "year follow the UNHCR figures exactly, so the household count is approximate.")
        long households = 10_000;

        @Option(
                names = "--individuals",
                paramLabel = "N",
                description = "Exactly this many people, each registered at least once (repeated registrations "
                        + "come on top).")
        Long individuals;
    }

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Seed of the random generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            description = "The day the demo treats as today: returns happen before it, journeys under way are "
                    + "planned in the 30 days after it (default: the current date).")
    LocalDate today;

    @Option(
            names = "--duplicate-share",
            paramLabel = "SHARE",
            defaultValue = "0.06",
            description = "Share of people registered more than once (default: ${DEFAULT-VALUE}).")
    double duplicateShare;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "Directory for households.csv and truth.csv (default: a new temporary directory).")
    Path output;

    @Option(names = "--output-only", description = "Only write the files; do not import them.")
    boolean outputOnly;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();
    Locale locale = Locale.getDefault();

    @Override
    public Integer call() throws IOException {
        DemoSettings settings = settings();
        Path directory = output != null ? output : Files.createTempDirectory("homeward-demo-");
        ResourceBundle messages = ResourceBundle.getBundle("i18n/demo", locale);
        DemoSummary summary;
        try (GenerationProgressBar progress =
                new GenerationProgressBar(spec.commandLine().getErr(), messages, locale)) {
            summary = new DemoPopulationGenerator(settings).generateInto(directory, progress);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage());
        }
        Path households = directory.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE);
        printSummary(summary, households, directory.resolve(DemoPopulationGenerator.TRUTH_FILE), messages);
        if (!outputOnly) {
            importGeneratedHouseholds(households);
        }
        return 0;
    }

    /**
     * Loads the generated households file into the registry through the ordinary import pipeline
     * (tests replace this to check generation alone).
     */
    void importGeneratedHouseholds(Path householdsFile) throws IOException {
        try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
            ImportReport report = DemoLoader.load(context, householdsFile, System.err);
            System.out.printf(
                    "Imported %,d households (%,d individuals); %,d were already present.%n",
                    report.householdsWritten(), report.individualsWritten(), report.householdsAlreadyPresent());
        }
    }

    DemoSettings settings() {
        long individuals =
                size.individuals != null ? size.individuals : DemoSettings.individualsForHouseholds(size.households);
        if (individuals < 1) {
            throw new CommandFailedException("Give a positive number of households or individuals");
        }
        LocalDate day = today != null ? today : LocalDate.now(clock);
        try {
            return DemoSettings.of(seed, day, individuals).withDuplicateShare(duplicateShare);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage());
        }
    }

    private void printSummary(DemoSummary summary, Path households, Path truth, ResourceBundle messages) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        var out = spec.commandLine().getOut();
        out.println(new MessageFormat(messages.getString("demo.summary.written"), locale).format(new Object[] {
            summary.households(),
            summary.rows(),
            summary.persons(),
            summary.personsRegisteredMoreThanOnce(),
            percent.format(summary.duplicateShare())
        }));
        out.println(MessageFormat.format(messages.getString("demo.summary.households"), households.toAbsolutePath()));
        out.println(MessageFormat.format(messages.getString("demo.summary.truth"), truth.toAbsolutePath()));
        out.flush();
    }
}
