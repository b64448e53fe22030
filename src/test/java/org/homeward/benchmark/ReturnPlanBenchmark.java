package org.homeward.benchmark;

import java.util.Locale;
import org.homeward.movements.WeekScheduleBenchmark;

/**
 * The benchmarks of issue #14, each beside a reference measured in the same run (docs/benchmarks.md,
 * "Organised returns").
 * Usage: scripts/benchmark.sh ReturnPlanBenchmark engine [persons, default 1700000] [months, default 24]
 *        scripts/benchmark.sh ReturnPlanBenchmark week [persons, default 16000]
 *        scripts/benchmark.sh ReturnPlanBenchmark funnel [persons on the plan's manifests, default 1700000] [requests, default 100]
 */
public final class ReturnPlanBenchmark {

    private ReturnPlanBenchmark() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "engine";
        switch (mode) {
            case "engine" -> WholePlanSchedule.run(number(args, 1, 1_700_000), (int) number(args, 2, 24));
            case "week" -> WeekScheduleBenchmark.run((int) number(args, 1, 16_000));
            case "funnel" -> FunnelBenchmark.run(number(args, 1, 1_700_000), (int) number(args, 2, 100));
            default -> throw new IllegalArgumentException("Use engine, week or funnel");
        }
        System.out.printf(
                "load average at the end: %s%n",
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                        .strip());
    }

    private static long number(String[] args, int index, long otherwise) {
        return args.length > index ? Long.parseLong(args[index].replace("_", "")) : otherwise;
    }
}
