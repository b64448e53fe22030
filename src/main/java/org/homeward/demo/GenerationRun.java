package org.homeward.demo;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.homeward.registry.ReturnType;

/**
 * One run of the generator: period by period, draws a cell, plans the journey, composes and
 * completes the household, writes it, and lets repeated registrations fall due. All randomness
 * comes from one generator seeded by the settings, used in a fixed order.
 */
final class GenerationRun {

    /** The registry accepts at most 40 members per household. */
    private static final int LARGEST_HOUSEHOLD = 40;

    private final DemoSettings settings;
    private final RandomGenerator random;
    private final JourneyPlanner journeys;
    private final HouseholdComposer composer;
    private final PersonDetails details = new PersonDetails();
    private final RowRenderer renderer = new RowRenderer();
    private final DuplicateRegistrations duplicates;
    private final RegistrationWriter writer;
    private final GenerationProgress progress;
    private long individualsGenerated;
    private long households;

    GenerationRun(
            DemoSettings settings,
            DemoNames names,
            SubdistrictPopulation places,
            RegistrationWriter writer,
            GenerationProgress progress) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        CrossingChooser crossings = new CrossingChooser();
        RegistrationSites sites = new RegistrationSites(crossings, places);
        this.journeys = new JourneyPlanner(places, crossings, sites, settings.today());
        this.composer = new HouseholdComposer(new PersonFactory(names));
        this.duplicates = new DuplicateRegistrations(
                settings.duplicateShare(), new RepeatedRegistrationMaker(sites, renderer, settings.today()));
        this.writer = writer;
        this.progress = progress;
    }

    DemoSummary run(List<List<GenerationCell>> periods) throws IOException {
        for (List<GenerationCell> period : periods) {
            CellDraw draw = new CellDraw(period);
            while (draw.hasRemaining()) {
                generateHousehold(draw.next(random));
            }
        }
        for (RenderedHousehold registration : duplicates.remaining()) {
            writer.write(registration);
        }
        return new DemoSummary(
                writer.householdsWritten(),
                writer.rowsWritten(),
                individualsGenerated,
                duplicates.personsRegisteredAgain());
    }

    private void generateHousehold(GenerationCell cell) throws IOException {
        JourneyPlan journey = journeys.plan(cell, random);
        int room = (int) Math.min(cell.remaining(), LARGEST_HOUSEHOLD);
        ReturnType returnType = cell.returnType();
        DemoHousehold household =
                details.complete(journey, composer.compose(returnType, journey.registeredOn(), room, random), random);
        cell.take(household.members().size());
        writer.write(renderer.render(household, RecordStyle.draw(random), VariationPlan.NONE, random));
        duplicates.consider(household, households, random);
        households++;
        for (RenderedHousehold registration : duplicates.dueAfter(households)) {
            writer.write(registration);
        }
        individualsGenerated += household.members().size();
        progress.advanced(individualsGenerated, settings.individuals());
    }
}
