package org.homeward.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSummary;
import org.homeward.demo.WaitingPopulationGenerator;
import org.homeward.reception.CentreFixtures;
import org.homeward.reception.CentreImportReport;
import org.homeward.registry.ImportReport;
import org.springframework.context.ApplicationContext;

/**
 * Puts a national reception plan into a running Homeward: the 100 demonstration centres, with
 * 500,000 places for 120,000 households (in proportion for another number), and the households
 * waiting for a place, registered through the ordinary import. Not everybody fits, as in the plan
 * the demonstration follows; an information manager then runs the whole plan on /allocation.
 */
final class ReceptionPlanDemo {

    /** The plan's size: 120,000 households waiting for 500,000 places. */
    static final int NATIONAL_HOUSEHOLDS = 120_000;
    /** The plan's households are other people than the demo population's. */
    static final long PLAN_SEED = DemoStart.DEMO_SEED + 1;

    private ReceptionPlanDemo() {}

    /** What loading the plan wrote. */
    record Loaded(int centrePlaces, long households, long individuals, long alreadyPresent, long seconds) {}

    /** The person places of the centres for a plan of the given households: 500,000 for 120,000. */
    static int placesFor(long households) {
        return (int) Math.max(
                10L * CentreFixtures.CENTRES,
                Math.round((double) households * CentreFixtures.TOTAL_PERSONS / NATIONAL_HOUSEHOLDS));
    }

    static Loaded load(ApplicationContext context, long households, LocalDate today, PrintStream terminal)
            throws IOException {
        long started = System.nanoTime();
        int places = placesFor(households);
        CentreImportReport centres = context.getBean(CentreFixtures.class).install(DemoStart.DEMO_SEED, places);
        terminal.printf(
                "Reception plan: %,d demonstration centres in %,d towns with %,d places (%d new, %d changed).%n",
                CentreFixtures.CENTRES, CentreFixtures.CENTRES, places, centres.created(), centres.updated());
        Path directory = Files.createTempDirectory("homeward-plan-");
        Path file = directory.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE);
        terminal.printf("Reception plan: generating about %,d households waiting for a place...%n", households);
        DemoSummary generated;
        PrintWriter err = new PrintWriter(terminal, true, StandardCharsets.UTF_8);
        try (GenerationProgressBar progress = new GenerationProgressBar(
                err, ResourceBundle.getBundle("i18n/demo", Locale.getDefault()), Locale.getDefault())) {
            generated = new WaitingPopulationGenerator(PLAN_SEED, today, households).generateInto(directory, progress);
        }
        terminal.printf(
                "Reception plan: importing %,d households (%,d people)...%n",
                generated.households(), generated.persons());
        ImportReport report = DemoLoader.load(context, file, terminal);
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory.resolve(DemoPopulationGenerator.TRUTH_FILE));
        Files.deleteIfExists(directory);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        terminal.printf(
                "Reception plan loaded in %d min %02d s: %,d households (%,d people) wait for a place, "
                        + "%,d were already there. Run the whole plan on /allocation.%n",
                seconds / 60,
                seconds % 60,
                report.householdsWritten(),
                report.individualsWritten(),
                report.householdsAlreadyPresent());
        return new Loaded(
                places,
                report.householdsWritten(),
                report.individualsWritten(),
                report.householdsAlreadyPresent(),
                seconds);
    }
}
