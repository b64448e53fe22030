package org.homeward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.homeward.allocation.AllocationCsv;
import org.homeward.allocation.InvalidAllocationInputException;
import org.homeward.allocation.ProposalsCsv;
import org.homeward.allocation.engine.AllocationEngine;
import org.homeward.allocation.engine.AllocationPlan;
import org.homeward.allocation.engine.AllocationProblem;
import org.homeward.allocation.engine.AllocationProgress;
import org.homeward.allocation.engine.AllocationWeights;
import org.homeward.allocation.engine.CentreVacancy;
import org.homeward.allocation.engine.PlanSummary;
import org.homeward.allocation.engine.WaitingHousehold;
import org.homeward.places.PlaceLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Proposes a reception centre for every waiting household from two CSV files and writes the
 * proposals, with their reasons, to a third. Runs the allocation engine alone: no database, no
 * application context. The columns are described in docs/allocation.md.
 */
@Command(
        name = "allocate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Propose a reception centre for every waiting household (or leave it waiting, with why).",
            "households.csv: household_id,size,accessible_needed,home_pcode,priority"
                    + "[,home_latitude,home_longitude][,waiting_days]",
            "centres.csv:    centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,"
                    + "accessible_units,open[,occupied_persons]",
            "Writes household_id,centre_id (empty when waiting) and the reasons; prints cost, lower bound and gap."
        })
class AllocateCommand implements Callable<Integer> {

    private static final AllocationWeights DEFAULTS = AllocationWeights.defaults();
    /** Farther than any two places in Syria (about 800 km apart at most). */
    private static final double LONGEST_KILOMETRES = 900;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--centres",
            required = true,
            paramLabel = "FILE",
            description = "Centres with their free room (CSV).")
    Path centres;

    @Option(names = "--households", required = true, paramLabel = "FILE", description = "Households waiting (CSV).")
    Path households;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "FILE",
            description = "Where to write the proposals (CSV).")
    Path output;

    @Option(
            names = "--weight-left-waiting",
            paramLabel = "COST",
            description = "Cost of a person left waiting (default ${DEFAULT-VALUE}).")
    double leftWaiting = DEFAULTS.leftWaiting();

    @Option(
            names = "--weight-vulnerability",
            paramLabel = "COST",
            description = "Extra per person left waiting per priority level (default ${DEFAULT-VALUE}).")
    double vulnerability = DEFAULTS.vulnerability();

    @Option(
            names = "--weight-waiting-month",
            paramLabel = "COST",
            description = "Extra per person left waiting per whole month waited (default ${DEFAULT-VALUE}).")
    double waitingMonth = DEFAULTS.waitingMonth();

    @Option(
            names = "--waiting-months-cap",
            paramLabel = "MONTHS",
            description = "Months beyond which waiting counts no more (default ${DEFAULT-VALUE}).")
    int waitingMonthsCap = DEFAULTS.waitingMonthsCap();

    @Option(
            names = "--weight-distance",
            paramLabel = "COST",
            description = "Cost per person and kilometre from home (default ${DEFAULT-VALUE}).")
    double distance = DEFAULTS.distance();

    @Option(
            names = "--weight-fullness",
            paramLabel = "COST",
            description = "Cost per person placed in a full centre, scaled by fullness (default ${DEFAULT-VALUE}).")
    double fullness = DEFAULTS.fullness();

    @Option(
            names = "--weight-away-from-community",
            paramLabel = "COST",
            description = "Cost per person placed away from their community's main centre (default ${DEFAULT-VALUE}).")
    double awayFromCommunity = DEFAULTS.awayFromCommunity();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        AllocationProgress progress = message -> {
            err.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, message);
            err.flush();
        };
        AllocationWeights weights = weights();
        PlaceLookup places = PlaceLookup.shipped();
        List<CentreVacancy> centreList;
        List<WaitingHousehold> householdList;
        try {
            progress.stage("reading " + centres);
            centreList = AllocationCsv.readCentres(centres, places);
            progress.stage("reading " + households);
            householdList = AllocationCsv.readHouseholds(households, places);
        } catch (InvalidAllocationInputException invalid) {
            throw new CommandFailedException("nothing was written, the input has problems:\n" + invalid.getMessage());
        }
        warnUnlessPeopleFirst(weights, householdList, progress);
        AllocationProblem problem = new AllocationProblem(householdList, centreList, weights);
        AllocationPlan plan = new AllocationEngine().allocate(problem, progress);
        progress.stage("writing " + output);
        ProposalsCsv.write(output, plan);
        progress.stage("done");
        spec.commandLine().getOut().println(summary(plan));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private AllocationWeights weights() {
        try {
            return new AllocationWeights(
                    leftWaiting, vulnerability, waitingMonth, waitingMonthsCap, distance, fullness, awayFromCommunity);
        } catch (IllegalArgumentException invalid) {
            throw new CommandFailedException("Invalid weight: " + invalid.getMessage());
        }
    }

    private static void warnUnlessPeopleFirst(
            AllocationWeights weights, List<WaitingHousehold> households, AllocationProgress progress) {
        int largest = households.stream().mapToInt(WaitingHousehold::size).max().orElse(1);
        int highestPriority =
                households.stream().mapToInt(WaitingHousehold::priority).max().orElse(0);
        if (!weights.placesPeopleFirst(largest, highestPriority, LONGEST_KILOMETRES)) {
            progress.stage(
                    "warning: with these weights, households of up to " + largest + " persons and priority up to "
                            + highestPriority + ", placing fewer persons may pay off; raise --weight-left-waiting");
        }
    }

    static String summary(AllocationPlan plan) {
        PlanSummary summary = plan.summary();
        return String.format(
                Locale.ROOT,
                "allocation: placed %d of %d households, %d of %d persons "
                        + "(at most %.0f can be placed; open places %d); waiting %d households, %d persons; "
                        + "total cost %.1f, lower bound %.1f, gap %.3f%% (%.3f%% beyond the unavoidable waiting cost)",
                summary.householdsPlaced(),
                summary.householdsPlaced() + summary.householdsWaiting(),
                summary.personsPlaced(),
                summary.personsPlaced() + summary.personsWaiting(),
                summary.personsUpperBound(),
                summary.openPlaces(),
                summary.householdsWaiting(),
                summary.personsWaiting(),
                plan.cost().total(),
                plan.lowerBound(),
                100 * plan.gap(),
                100 * plan.gapBeyondUnavoidableWaiting());
    }
}
