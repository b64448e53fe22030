package org.homeward.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.homeward.files.OwnerOnlyFiles;

/**
 * Generates the households of a national reception plan: returnees whose journeys are still to
 * come (intending, registered or in transit, arriving in the next 30 days) and who wait for a place
 * in a reception centre. They are made like the demo population (same household shapes, names,
 * specific needs, return types and countries of asylum as the latest year of the figures), each
 * registered once, with household keys {@value #HOUSEHOLD_KEY_PREFIX}... so that they never meet
 * the demo population's keys. The same seed and day always give byte-identical files.
 */
public final class WaitingPopulationGenerator {

    public static final String HOUSEHOLD_KEY_PREFIX = "PLAN-";

    private final DemoSettings settings;
    private final DemoNames names;
    private final SubdistrictPopulation places;
    private final List<ReturnFigure> figures;

    /**
     * A plan of about the given number of households: the generator counts people, so the households
     * come out within about one percent of the number asked for.
     */
    public WaitingPopulationGenerator(long seed, LocalDate today, long households) {
        if (households < 1) {
            throw new IllegalArgumentException("A reception plan needs at least one household");
        }
        this.settings = new DemoSettings(
                seed,
                today,
                DemoSettings.individualsForHouseholds(households),
                0,
                DemoSettings.DEFAULT_PENDING_SHARE,
                DemoSettings.DEFAULT_WITHDRAWN_SHARE);
        this.names = DemoNames.load();
        this.places = SubdistrictPopulation.load();
        this.figures = UnhcrReturnFigures.load();
    }

    /** Writes {@code households.csv} and {@code truth.csv} into the directory, creating it if needed. */
    public DemoSummary generateInto(Path directory, GenerationProgress progress) throws IOException {
        Files.createDirectories(directory);
        try (Writer households = OwnerOnlyFiles.newWriter(directory.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE));
                Writer truth = OwnerOnlyFiles.newWriter(directory.resolve(DemoPopulationGenerator.TRUTH_FILE))) {
            return generate(households, truth, progress);
        }
    }

    public DemoSummary generate(Appendable households, Appendable truth, GenerationProgress progress)
            throws IOException {
        try (RegistrationWriter writer = new RegistrationWriter(households, truth, HOUSEHOLD_KEY_PREFIX)) {
            return new GenerationRun(settings, names, places, writer, progress)
                    .run(PopulationPlan.waitingForReception(figures, settings));
        }
    }
}
