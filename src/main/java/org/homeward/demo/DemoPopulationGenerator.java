package org.homeward.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homeward.files.OwnerOnlyFiles;

/**
 * Generates a synthetic population of returnee households in the interchange layout, streamed
 * to a households file, with a truth file that names the real person behind every row. Returns
 * follow UNHCR's figures by year, return type and country of asylum; a configured share of people
 * is registered more than once, with realistic differences. The same settings always give
 * byte-identical files; memory stays bounded however many individuals are generated.
 */
public final class DemoPopulationGenerator {

    public static final String HOUSEHOLDS_FILE = "households.csv";
    public static final String TRUTH_FILE = "truth.csv";

    private final DemoSettings settings;
    private final DemoNames names;
    private final SubdistrictPopulation places;
    private final List<ReturnFigure> figures;

    public DemoPopulationGenerator(DemoSettings settings) {
        this(settings, DemoNames.load(), SubdistrictPopulation.load(), UnhcrReturnFigures.load());
    }

    DemoPopulationGenerator(
            DemoSettings settings, DemoNames names, SubdistrictPopulation places, List<ReturnFigure> figures) {
        this.settings = settings;
        this.names = names;
        this.places = places;
        this.figures = List.copyOf(figures);
    }

    /** Writes {@value #HOUSEHOLDS_FILE} and {@value #TRUTH_FILE} into the directory, creating it if needed. */
    public DemoSummary generateInto(Path directory, GenerationProgress progress) throws IOException {
        Files.createDirectories(directory);
        return generate(directory.resolve(HOUSEHOLDS_FILE), directory.resolve(TRUTH_FILE), progress);
    }

    public DemoSummary generate(Path householdsFile, Path truthFile, GenerationProgress progress) throws IOException {
        try (Writer households = OwnerOnlyFiles.newWriter(householdsFile);
                Writer truth = OwnerOnlyFiles.newWriter(truthFile)) {
            return generate(households, truth, progress);
        }
    }

    public DemoSummary generate(Appendable households, Appendable truth, GenerationProgress progress)
            throws IOException {
        try (RegistrationWriter writer = new RegistrationWriter(households, truth)) {
            return new GenerationRun(settings, names, places, writer, progress)
                    .run(PopulationPlan.periods(figures, settings));
        }
    }
}
