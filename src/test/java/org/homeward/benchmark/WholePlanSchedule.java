package org.homeward.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.homeward.movements.scheduling.Departure;
import org.homeward.movements.scheduling.MonthlyTarget;
import org.homeward.movements.scheduling.MovementScheduler;
import org.homeward.movements.scheduling.ReadyHousehold;
import org.homeward.movements.scheduling.ScheduleProposal;
import org.homeward.movements.scheduling.ScheduledHousehold;
import org.homeward.movements.scheduling.SchedulingProblem;
import org.homeward.movements.scheduling.UnplacedHousehold;
import org.homeward.movements.scheduling.UnplacedReason;

/**
 * The whole plan through the pure engine, week by week: each week the households whose intention has
 * come and who are not yet scheduled, the week's departures and what is left of the monthly targets.
 * Reference in the same run: sorting the same household array into the fair order with
 * {@code Arrays.sort} (the least any fair scheduler must do once), median of five.
 */
final class WholePlanSchedule {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private WholePlanSchedule() {}

    static void run(long persons, int months) throws IOException {
        System.out.printf(
                "load average at the start: %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
        PlanScenario plan = new PlanScenario(persons, months, 20270101L);
        persons = plan.personsByCountry.values().stream()
                .mapToLong(Long::longValue)
                .sum();
        System.out.printf(
                "plan: %,d persons in %,d households over %d months (%s to %s)%n",
                persons, plan.households.size(), months, plan.startsOn, plan.endsOn);
        double sortSeconds = referenceSort(plan.households);
        Map<String, Map<YearMonth, Integer>> remaining = plan.targets(months);
        Set<UUID> scheduled = new HashSet<>();
        Map<String, TreeMap<YearMonth, Set<String>>> busesByCrossing = new TreeMap<>();
        long seatsOffered = 0;
        long personsScheduled = 0;
        double engineSeconds = 0;
        double engineCpu = 0;
        double slowestWeek = 0;
        int weeks = 0;
        MovementScheduler scheduler = new MovementScheduler();
        ScheduleProposal last = null;
        for (LocalDate monday = plan.firstMonday(); !monday.isAfter(plan.endsOn); monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            List<ReadyHousehold> ready = new ArrayList<>();
            for (ReadyHousehold household : plan.households) {
                if (!household.intendedSince().isAfter(sunday) && !scheduled.contains(household.householdId())) {
                    ready.add(household);
                }
            }
            List<Departure> departures = plan.departures(monday, months).stream()
                    .filter(departure -> !departure.departsOn().isBefore(plan.startsOn)
                            && !departure.departsOn().isAfter(plan.endsOn))
                    .toList();
            SchedulingProblem problem = new SchedulingProblem(monday, departures, targetsOf(remaining, monday), ready);
            long started = System.nanoTime();
            long cpuStarted = CPU.getCurrentThreadCpuTime();
            ScheduleProposal proposal = scheduler.schedule(problem);
            double seconds = (System.nanoTime() - started) / 1e9;
            engineCpu += (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            engineSeconds += seconds;
            slowestWeek = Math.max(slowestWeek, seconds);
            weeks++;
            Map<String, Departure> byKey = new HashMap<>();
            departures.forEach(departure -> byKey.put(departure.key(), departure));
            for (ScheduledHousehold household : proposal.scheduled()) {
                Departure departure = byKey.get(household.departureKey());
                scheduled.add(household.householdId());
                personsScheduled += household.persons();
                remaining
                        .get(departure.asylumCountry())
                        .merge(YearMonth.from(departure.departsOn()), -household.persons(), Integer::sum);
                boolean fresh = busesByCrossing
                        .computeIfAbsent(departure.crossingCode(), crossing -> new TreeMap<>())
                        .computeIfAbsent(YearMonth.from(departure.departsOn()), month -> new HashSet<>())
                        .add(household.departureKey() + "/" + household.vehicleLabel());
                seatsOffered += fresh ? PlanScenario.SEATS : 0;
            }
            last = proposal;
        }
        System.out.printf("engine CPU time over all weeks: %.2f s%n", engineCpu);
        report(
                persons,
                plan,
                sortSeconds,
                engineSeconds,
                slowestWeek,
                weeks,
                personsScheduled,
                seatsOffered,
                busesByCrossing,
                last);
    }

    private static List<MonthlyTarget> targetsOf(Map<String, Map<YearMonth, Integer>> remaining, LocalDate monday) {
        List<MonthlyTarget> targets = new ArrayList<>();
        Set<YearMonth> months = new HashSet<>(List.of(YearMonth.from(monday), YearMonth.from(monday.plusDays(6))));
        remaining.forEach((country, byMonth) -> months.forEach(month -> {
            Integer left = byMonth.get(month);
            if (left != null) {
                targets.add(new MonthlyTarget(country, month, "", left));
            }
        }));
        return targets;
    }

    private static double referenceSort(List<ReadyHousehold> households) {
        double[] seconds = new double[5];
        double[] cpu = new double[5];
        for (int run = 0; run < seconds.length; run++) {
            ReadyHousehold[] array = households.toArray(ReadyHousehold[]::new);
            long started = System.nanoTime();
            long cpuStarted = CPU.getCurrentThreadCpuTime();
            Arrays.sort(array, MovementScheduler.FAIR_ORDER);
            seconds[run] = (System.nanoTime() - started) / 1e9;
            cpu[run] = (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf("reference CPU time (median of 5): %.3f s%n", cpu[2]);
        return seconds[2];
    }

    private static void report(
            long persons,
            PlanScenario plan,
            double sortSeconds,
            double engineSeconds,
            double slowestWeek,
            int weeks,
            long personsScheduled,
            long seatsOffered,
            Map<String, TreeMap<YearMonth, Set<String>>> busesByCrossing,
            ScheduleProposal last)
            throws IOException {
        System.out.printf(
                "reference: Arrays.sort of %,d households into the fair order, median of 5: %.3f s%n",
                plan.households.size(), sortSeconds);
        System.out.printf(
                "engine: %d weeks scheduled in %.2f s (slowest week %.3f s); ratio engine / sort %.1f%n",
                weeks, engineSeconds, slowestWeek, engineSeconds / sortSeconds);
        System.out.printf(
                "scheduled %,d of %,d persons (%.1f %%); seats filled in the buses used: %.1f %%%n",
                personsScheduled, persons, 100.0 * personsScheduled / persons, 100.0 * personsScheduled / seatsOffered);
        Map<UnplacedReason, Integer> reasons = new EnumMap<>(UnplacedReason.class);
        last.unplaced().stream()
                .map(UnplacedHousehold::reason)
                .forEach(reason -> reasons.merge(reason, 1, Integer::sum));
        System.out.printf("left over after the last week, by reason: %s%n", reasons);
        StringBuilder csv = new StringBuilder("crossing,month,buses\n");
        System.out.println("buses per month per crossing (min / median / max over the plan's months):");
        busesByCrossing.forEach((crossing, byMonth) -> {
            int[] counts =
                    byMonth.values().stream().mapToInt(Set::size).sorted().toArray();
            System.out.printf(
                    "  %-18s %5d / %5d / %5d%n",
                    crossing, counts[0], counts[counts.length / 2], counts[counts.length - 1]);
            byMonth.forEach((month, buses) -> csv.append(crossing)
                    .append(',')
                    .append(month)
                    .append(',')
                    .append(buses.size())
                    .append('\n'));
        });
        Path out = Path.of("target/benchmark/buses-per-month.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, csv);
        System.out.printf("every month: %s; peak heap %,d MiB%n", out, BenchmarkApplication.peakHeapMegabytes());
    }
}
