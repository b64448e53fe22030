package org.homeward.benchmark;

import java.util.Locale;

/**
 * The benchmarks of issue #14, each beside a reference measured in the same run (docs/benchmarks.md,
 * "Organised returns").
 * Usage: scripts/benchmark.sh ReturnPlanBenchmark engine [persons, default 1700000] [months, default 24]
 *        scripts/benchmark.sh ReturnPlanBenchmark week [persons, default 16000]
 *        scripts/benchmark.sh ReturnPlanBenchmark funnel [persons in the plan, default 1700000] [requests, default 200]
 */
public final class ReturnPlanBenchmark {

    private ReturnPlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "engine";
        switch (mode) {
            case "engine" -> WholePlanSchedule.run(number(args, 1, 1_700_000), (int) number(args, 2, 24));
            default -> throw new IllegalArgumentException("Use engine");
        }
        System.out.printf("load average at the end: %s%n", java.nio.file.Files.readString(
                java.nio.file.Path.of("/proc/loadavg")).strip());
    }

    private static long number(String[] args, int index, long otherwise) {
        return args.length > index ? Long.parseLong(args[index].replace("_", "")) : otherwise;
    }
}
