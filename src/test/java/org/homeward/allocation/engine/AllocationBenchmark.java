package org.homeward.allocation.engine;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.allocation.AllocationCsv;
import org.homeward.allocation.ProposalsCsv;
import org.homeward.allocation.SeedScenario;
import org.homeward.places.PlaceLookup;

/**
 * Timed harness: the seed scenario's kind of problem at several sizes, end to end (read the CSV
 * files, solve, write the assignments), for the engine and, in the same run on the same files, for
 * the reference greedy {@link NearestCentreFirstFit}. Prints times, their ratio, peak memory, cost,
 * lower bound, gap and persons placed. The command is in docs/benchmarks.md.
 *
 * <p>Arguments: household counts (default 10000 120000 500000). Property {@code seed} (default
 * 20260707) picks the scenario; {@code dir} where the CSV files go (default a temporary folder).
 */
public final class AllocationBenchmark {

    private AllocationBenchmark() {}

    public static void main(String[] args) throws IOException {
        long seed = Long.getLong("seed", 20_260_707L);
        Path folder = System.getProperty("dir") == null
                ? Files.createTempDirectory("allocation-benchmark")
                : Files.createDirectories(Path.of(System.getProperty("dir")));
        List<Integer> sizes = args.length == 0
                ? List.of(10_000, 120_000, 500_000)
                : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.printf(
                Locale.ROOT,
                "cores %d, max heap %d MB, load average %s, seed %d, files in %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                loadAverage(),
                seed,
                folder);
        new AllocationEngine();
        for (int households : sizes) {
            run(households, seed, folder);
        }
    }

    private static void run(int households, long seed, Path folder) throws IOException {
        AllocationProblem generated = SeedScenario.generate(seed, households, 0);
        Path householdsFile = folder.resolve("households-" + households + ".csv");
        Path centresFile = folder.resolve("centres-" + households + ".csv");
        ScenarioFiles.write(generated, householdsFile, centresFile);
        // One untimed read first, so that neither run pays for compiling the reading code.
        read(householdsFile, centresFile);
        System.gc();
        resetPeaks();
        long[] engineMillis = new long[3];
        AllocationPlan plan = timed(
                engineMillis,
                () -> read(householdsFile, centresFile),
                problem -> new AllocationEngine().allocate(problem),
                result -> ProposalsCsv.write(folder.resolve("assignments-" + households + ".csv"), result));
        long enginePeakHeap = peakHeapMegabytes();
        long[] greedyMillis = new long[3];
        AllocationProblem[] readBack = new AllocationProblem[1];
        Map<String, String> greedy = timed(
                greedyMillis,
                () -> readBack[0] = read(householdsFile, centresFile),
                NearestCentreFirstFit::allocate,
                result -> writeGreedy(folder.resolve("greedy-" + households + ".csv"), readBack[0], result));
        report(households, plan, readBack[0], greedy, engineMillis, greedyMillis, enginePeakHeap);
    }

    private static AllocationProblem read(Path householdsFile, Path centresFile) {
        PlaceLookup places = PlaceLookup.shipped();
        return new AllocationProblem(
                AllocationCsv.readHouseholds(householdsFile, places),
                AllocationCsv.readCentres(centresFile, places),
                AllocationWeights.defaults());
    }

    private static <T> T timed(
            long[] millis,
            Supplier<AllocationProblem> reading,
            java.util.function.Function<AllocationProblem, T> solving,
            java.util.function.Consumer<T> writing) {
        long start = System.nanoTime();
        AllocationProblem problem = reading.get();
        long read = System.nanoTime();
        T result = solving.apply(problem);
        long solved = System.nanoTime();
        writing.accept(result);
        long written = System.nanoTime();
        millis[0] = (read - start) / 1_000_000;
        millis[1] = (solved - read) / 1_000_000;
        millis[2] = (written - solved) / 1_000_000;
        return result;
    }

    private static void report(
            int households,
            AllocationPlan plan,
            AllocationProblem problem,
            Map<String, String> greedy,
            long[] engine,
            long[] reference,
            long peakHeap) {
        long engineTotal = engine[0] + engine[1] + engine[2];
        long referenceTotal = reference[0] + reference[1] + reference[2];
        double greedyCost = AllocationChecker.cost(problem, greedy);
        long greedyPersons = problem.households().stream()
                .filter(h -> !greedy.get(h.id()).isEmpty())
                .mapToLong(WaitingHousehold::size)
                .sum();
        PlanSummary summary = plan.summary();
        System.out.printf(
                Locale.ROOT,
                "%n== %,d households, %,d persons, %,d open places%n",
                households,
                summary.personsPlaced() + summary.personsWaiting(),
                summary.openPlaces());
        System.out.printf(
                Locale.ROOT,
                "engine    end to end %7.2f s (read %.2f, solve %.2f, write %.2f), peak heap %,d MB, "
                        + "peak resident %,d MB%n",
                engineTotal / 1e3,
                engine[0] / 1e3,
                engine[1] / 1e3,
                engine[2] / 1e3,
                peakHeap,
                peakResidentMegabytes());
        System.out.printf(
                Locale.ROOT,
                "reference end to end %7.2f s (read %.2f, solve %.2f, write %.2f); engine/reference time %.1f%n",
                referenceTotal / 1e3,
                reference[0] / 1e3,
                reference[1] / 1e3,
                reference[2] / 1e3,
                engineTotal / (double) Math.max(1, referenceTotal));
        System.out.printf(Locale.ROOT, "engine    cost %,.1f  %s%n", plan.cost().total(), plan.cost());
        System.out.printf(
                Locale.ROOT,
                "lower bound %,.1f  gap %.4f %%  beyond unavoidable waiting %.3f %%%n",
                plan.lowerBound(),
                100 * plan.gap(),
                100 * plan.gapBeyondUnavoidableWaiting());
        System.out.printf(
                Locale.ROOT,
                "reference cost %,.1f  (%.4f %% above the lower bound, %.3f %% beyond unavoidable waiting)%n",
                greedyCost,
                100 * (greedyCost - plan.lowerBound()) / plan.lowerBound(),
                100 * (greedyCost - plan.lowerBound()) / (plan.lowerBound() - summary.unavoidableWaitingCost()));
        System.out.printf(
                Locale.ROOT,
                "persons placed: engine %,d, reference %,d, LP bound %,.0f, min(places, persons) %,d%n",
                summary.personsPlaced(),
                greedyPersons,
                summary.personsUpperBound(),
                summary.obviousPersonsBound());
        System.out.printf(
                Locale.ROOT,
                "classes %,d, LP columns %,d, solves %d, local changes %,d%n",
                summary.householdClasses(),
                summary.linearProgramColumns(),
                summary.pricingRounds(),
                summary.improvingChanges());
    }

    private static void writeGreedy(Path file, AllocationProblem problem, Map<String, String> allocation) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        writer,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader("household_id", "centre_id")
                                .setRecordSeparator('\n')
                                .get())) {
            for (WaitingHousehold household : problem.households()) {
                printer.printRecord(household.id(), allocation.get(household.id()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                >> 20;
    }

    /** The machine's load over the last minute (Linux): other work shares the cores. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    /** The process's resident-memory high-water mark (Linux), native memory of the solvers included. */
    private static long peakResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            return -1;
        }
        return -1;
    }
}
