package org.homeward.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSettings;
import org.homeward.demo.GenerationProgress;
import org.homeward.reception.CentreFixtures;
import org.homeward.registry.HouseholdExportService;
import org.homeward.registry.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills an empty registry with the demo population when {@code serve --demo} starts, and with the
 * households of a national reception plan when {@code --demo-plan} asks for them.
 */
final class DemoStart {

    static final long DEMO_SEED = 1;

    private DemoStart() {}

    static void loadIfEmpty(ConfigurableApplicationContext context, int households) {
        loadIfEmpty(context, households, 0);
    }

    /**
     * Loads the demo population and then, when planHouseholds is positive, the reception plan of that
     * many waiting households with centres sized for it; otherwise the centres of the national plan.
     */
    static void loadIfEmpty(ConfigurableApplicationContext context, int households, int planHouseholds) {
        if (context.getBean(HouseholdExportService.class).count() > 0) {
            System.out.println("The registry already holds data: the demo population is not loaded again.");
            return;
        }
        try {
            Path directory = Files.createTempDirectory("homeward-demo-");
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            DemoSettings settings =
                    DemoSettings.of(DEMO_SEED, today, DemoSettings.individualsForHouseholds(households));
            System.out.printf("Loading the demo population (%,d households)...%n", households);
            new DemoPopulationGenerator(settings).generateInto(directory, GenerationProgress.NONE);
            ImportReport report =
                    DemoLoader.load(context, directory.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE), System.err);
            System.out.printf(
                    "Demo population loaded: %,d households, %,d individuals "
                            + "(truth of repeated registrations: %s).%n",
                    report.householdsWritten(),
                    report.individualsWritten(),
                    directory.resolve(DemoPopulationGenerator.TRUTH_FILE));
            if (planHouseholds > 0) {
                ReceptionPlanDemo.load(context, planHouseholds, today, System.err);
            } else {
                context.getBean(CentreFixtures.class).install(DEMO_SEED);
                System.out.printf(
                        "%d demonstration reception centres with %,d places.%n",
                        CentreFixtures.CENTRES, CentreFixtures.TOTAL_PERSONS);
            }
            MovementDemo.load(context, System.out);
            int intending = DemoPopulationIntentions.record(
                    context, directory.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE), DEMO_SEED);
            System.out.printf(
                    "Intentions to return recorded for %,d waiting households of the demo population.%n", intending);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
