package org.homeward.statistics;

import static org.homeward.statistics.TableDimension.ADM1;
import static org.homeward.statistics.TableDimension.ADM2;
import static org.homeward.statistics.TableDimension.ADM3;
import static org.homeward.statistics.TableDimension.AGE_GROUP;
import static org.homeward.statistics.TableDimension.COUNTRY;
import static org.homeward.statistics.TableDimension.CROSSING;
import static org.homeward.statistics.TableDimension.DAY;
import static org.homeward.statistics.TableDimension.MONTH;
import static org.homeward.statistics.TableDimension.RETURN_TYPE;
import static org.homeward.statistics.TableDimension.SEX;
import static org.homeward.statistics.TableDimension.WEEK;
import static org.homeward.statistics.TableDimension.YEAR;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.HomewardApplication;
import org.homeward.benchmark.BenchmarkRegistry;
import org.homeward.database.MaintenanceDatabase;
import org.homeward.registry.ReturnType;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dashboard query times over a registry of N individuals (default 10,000,000) generated with SQL
 * generate_series, against a full aggregate over the same tables in the same run; then how the
 * incremental refresh cost grows with the number of registrations between two refreshes.
 * Usage: scripts/benchmark.sh org.homeward.statistics.StatisticsBenchmark [individuals] (see docs/benchmarks-statistics.md);
 * {@code --registry=DIR} times the dashboard and the moves on a registry that another benchmark filled instead.
 */
public final class StatisticsBenchmark {

    private static final LocalDate FIRST = LocalDate.of(2015, 9, 30);
    private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
    private static final int ROUNDS = 20;
    private static final String SKIP_DASHBOARD = "--skip-dashboard";
    private static final String REGISTRY = "--registry=";

    private StatisticsBenchmark() {}

    public static void main(String[] args) throws Exception {
        long individuals = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        // --skip-dashboard leaves out the 17 queries' rounds (the references are still measured), for refresh runs.
        boolean withDashboard = !rest.remove(SKIP_DASHBOARD);
        // --registry=DIR times the dashboard and the moves on a registry another benchmark filled (its summary
        // built by the import), instead of generating one: nothing is generated, rebuilt or registered first.
        Path existing = rest.stream()
                .filter(arg -> arg.startsWith(REGISTRY))
                .map(arg -> Path.of(arg.substring(REGISTRY.length())))
                .findFirst()
                .orElse(null);
        rest.removeIf(arg -> arg.startsWith(REGISTRY));
        List<String> settings = new ArrayList<>(List.of(
                "--homeward.data-dir=" + (existing != null ? existing : Path.of("target/benchmark/statistics-data")),
                "--homeward.clean-on-start=" + (existing == null),
                "--logging.level.root=WARN",
                "--homeward.statistics.refresh.interval=24h"));
        // Further Spring Boot settings may follow the size, e.g. --logging.level.org.homeward.statistics=DEBUG.
        settings.addAll(rest);
        Files.createDirectories(Path.of("target/benchmark"));
        SpringApplication application = new SpringApplication(HomewardApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext app = application.run(settings.toArray(String[]::new))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            IndicatorService indicators = app.getBean(IndicatorService.class);
            JdbcClient owner = app.getBean(MaintenanceDatabase.class).jdbc();
            BenchmarkRegistry registry = new BenchmarkRegistry(jdbc, owner);
            if (existing != null) {
                System.out.printf(
                        "registry of %,d individuals in %,d households; %,d summary rows%n",
                        jdbc.sql("SELECT count(*) FROM individual")
                                .query(Long.class)
                                .single(),
                        jdbc.sql("SELECT count(*) FROM household")
                                .query(Long.class)
                                .single(),
                        jdbc.sql("SELECT count(*) FROM statistics_cell")
                                .query(Long.class)
                                .single());
                indicators.refresh();
                References references = dashboard(indicators, jdbc, withDashboard);
                moves(indicators, registry, references);
                return;
            }
            long started = System.nanoTime();
            registry.generate(individuals / 5);
            System.out.printf(
                    "generated %,d individuals in %,d households: %.0f s%n",
                    individuals, individuals / 5, seconds(started));
            started = System.nanoTime();
            int days = indicators.rebuild();
            owner.sql("ANALYZE statistics_cell").update();
            System.out.printf(
                    "summary built from scratch: %,d days in %.0f s; %,d summary rows%n",
                    days,
                    seconds(started),
                    jdbc.sql("SELECT count(*) FROM statistics_cell")
                            .query(Long.class)
                            .single());
            System.out.println(
                    "sizes on disk: " + jdbc.sql("""
                    SELECT 'individual ' || pg_size_pretty(pg_total_relation_size('individual')) || ', household '
                        || pg_size_pretty(pg_total_relation_size('household')) || ', statistics_cell '
                        || pg_size_pretty(pg_total_relation_size('statistics_cell'))
                        || coalesce(', statistics_counted_household '
                            || pg_size_pretty(pg_total_relation_size(to_regclass('statistics_counted_household'))), '')""").query(String.class).single());
            References references = dashboard(indicators, jdbc, withDashboard);
            refreshes(indicators, registry);
            moves(indicators, registry, references);
        }
    }

    /** The direct aggregate and count(*) of the same run, in milliseconds. */
    private record References(double aggregate, double count) {}

    private static References dashboard(IndicatorService indicators, JdbcClient jdbc, boolean withQueries) {
        Map<String, IndicatorQuery> queries = withQueries ? dashboardQueries(FIRST, LAST) : Map.of();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        if (!queries.isEmpty()) {
            System.out.println();
            System.out.println("| dashboard query | p50 ms | p95 ms |");
            System.out.println("| --- | ---: | ---: |");
        }
        for (int round = -3; round < ROUNDS; round++) {
            for (Map.Entry<String, IndicatorQuery> query : queries.entrySet()) {
                long started = System.nanoTime();
                indicators.table(query.getValue(), Locale.ENGLISH);
                double millis = (System.nanoTime() - started) / 1e6;
                if (round >= 0) {
                    times.computeIfAbsent(query.getKey(), key -> new ArrayList<>())
                            .add(millis);
                }
            }
        }
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, List<Double>> entry : times.entrySet()) {
            all.addAll(entry.getValue());
            System.out.printf(
                    "| %s | %.1f | %.1f |%n",
                    entry.getKey(), percentile(entry.getValue(), 50), percentile(entry.getValue(), 95));
        }
        double p95 = all.isEmpty() ? Double.NaN : percentile(all, 95);
        double scan = reference(
                jdbc,
                "SELECT to_char(h.returned_on, 'YYYY-MM'), h.return_type, count(*) FROM household h"
                        + " JOIN individual i ON i.household_id = h.id WHERE h.journey_status = 'RETURNED_HOME'"
                        + " AND h.returned_on BETWEEN DATE '2015-09-30' AND DATE '2025-12-31' GROUP BY 1, 2");
        double count = reference(jdbc, "SELECT count(*) FROM individual");
        System.out.println();
        if (!all.isEmpty()) {
            System.out.printf(
                    "all dashboard queries: p50 %.1f ms, p95 %.1f ms (%d samples)%n",
                    percentile(all, 50), p95, all.size());
        }
        System.out.printf(
                "reference, the same month x type table straight from household and individual: %.0f ms%n", scan);
        System.out.printf("reference, count(*) over individual: %.0f ms%n", count);
        if (!all.isEmpty()) {
            System.out.printf("ratio dashboard p95 / direct aggregate: %.4f (%.0fx faster)%n", p95 / scan, scan / p95);
        }
        return new References(scan, count);
    }

    private static void refreshes(IndicatorService indicators, BenchmarkRegistry registry) {
        System.out.println();
        System.out.println(
                "| registrations since the last refresh (individuals) | households | insert ms, triggers on |"
                        + " insert ms, triggers off | refresh ms | refresh ms per 1,000 individuals |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int people : new int[] {100, 1_000, 10_000, 100_000}) {
            // The batch without triggers is only timed: it is removed again, as no change feed named it.
            double off = registry.addReturnsToday(people / 5, false);
            double on = registry.addReturnsToday(people / 5, true);
            long started = System.nanoTime();
            indicators.refresh();
            double refresh = (System.nanoTime() - started) / 1e6;
            System.out.printf(
                    "| %,d | %,d | %.0f | %.0f | %.0f | %.1f |%n",
                    people, people / 5, on, off, refresh, refresh / (people / 1000.0));
        }
    }

    /**
     * Pending households registered on days spread over ten years reaching home in one UPDATE, 100, then 1,000,
     * then 10,000 others (as many as are still pending), each followed by one timed refresh.
     */
    private static void moves(IndicatorService indicators, BenchmarkRegistry registry, References references) {
        System.out.println();
        System.out.println("| pending households moved home | UPDATE ms | refresh ms | refresh ms per 1,000 households"
                + " | refresh / direct aggregate | refresh / count(*) |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int households : new int[] {100, 1_000, 10_000}) {
            long started = System.nanoTime();
            int moved = registry.moveHome(households);
            double move = (System.nanoTime() - started) / 1e6;
            if (moved == 0) {
                break;
            }
            started = System.nanoTime();
            indicators.refresh();
            double refresh = (System.nanoTime() - started) / 1e6;
            System.out.printf(
                    "| %,d | %.0f | %.0f | %.1f | %.2f | %.1f |%n",
                    moved,
                    move,
                    refresh,
                    refresh / (moved / 1000.0),
                    refresh / references.aggregate(),
                    refresh / references.count());
        }
    }

    private static double reference(JdbcClient jdbc, String sql) {
        double[] runs = new double[3];
        for (int i = 0; i < runs.length; i++) {
            long started = System.nanoTime();
            jdbc.sql(sql).query().listOfRows();
            runs[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(runs);
        return runs[1];
    }

    private static double percentile(List<Double> values, int percent) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** What the dashboard asks for a national view of the whole period, a year, a governorate and odd periods. */
    static Map<String, IndicatorQuery> dashboardQueries(LocalDate first, LocalDate last) {
        LocalDate yearAgo = last.minusYears(1).plusDays(1);
        Map<String, IndicatorQuery> queries = new LinkedHashMap<>();
        queries.put(
                "returns per month and type, whole period",
                query(ReturnStage.RETURNED, null, first, last, null, MONTH, RETURN_TYPE));
        queries.put(
                "returns per week and type, last 12 months",
                query(ReturnStage.RETURNED, null, yearAgo, last, null, WEEK, RETURN_TYPE));
        queries.put(
                "returns per day, last 12 months", query(ReturnStage.RETURNED, null, yearAgo, last, null, DAY, null));
        queries.put("returns per year", query(ReturnStage.RETURNED, null, first, last, null, YEAR, null));
        queries.put(
                "returns by governorate and type",
                query(ReturnStage.RETURNED, null, first, last, null, ADM1, RETURN_TYPE));
        queries.put("map: returns by governorate", query(ReturnStage.RETURNED, null, first, last, null, ADM1, null));
        queries.put(
                "refugee returns by country of asylum",
                query(ReturnStage.RETURNED, ReturnType.REFUGEE, first, last, null, COUNTRY, null));
        queries.put(
                "returns by age group and sex", query(ReturnStage.RETURNED, null, first, last, null, AGE_GROUP, SEX));
        queries.put("returns by crossing point", query(ReturnStage.RETURNED, null, first, last, null, CROSSING, null));
        queries.put(
                "headline: refugee returns",
                query(ReturnStage.RETURNED, ReturnType.REFUGEE, first, last, null, null, null));
        queries.put(
                "headline: households",
                query(ReturnStage.RETURNED, null, first, last, null, null, null)
                        .withUnit(CountUnit.HOUSEHOLDS, Counting.REGISTRATIONS));
        queries.put("headline: registered intentions", query(ReturnStage.PENDING, null, first, last, null, null, null));
        queries.put(
                "Aleppo: returns by district and type",
                query(ReturnStage.RETURNED, null, first, last, "SY02", ADM2, RETURN_TYPE));
        queries.put(
                "Aleppo: returns by sub-district", query(ReturnStage.RETURNED, null, first, last, "SY02", ADM3, null));
        queries.put(
                "Aleppo: age group and sex", query(ReturnStage.RETURNED, null, first, last, "SY02", AGE_GROUP, SEX));
        queries.put(
                "persons per month (deduplicated counting)",
                query(ReturnStage.RETURNED, null, first, last, null, MONTH, null)
                        .withUnit(CountUnit.INDIVIDUALS, Counting.PERSONS));
        queries.put(
                "17 Mar 2019 to 9 Nov 2024 per month and type",
                query(
                        ReturnStage.RETURNED,
                        null,
                        LocalDate.of(2019, 3, 17),
                        LocalDate.of(2024, 11, 9),
                        null,
                        MONTH,
                        RETURN_TYPE));
        return queries;
    }

    private static IndicatorQuery query(
            ReturnStage stage,
            ReturnType type,
            LocalDate from,
            LocalDate to,
            String area,
            TableDimension rows,
            TableDimension columns) {
        return new IndicatorQuery(
                stage, type, from, to, area, null, rows, columns, CountUnit.INDIVIDUALS, Counting.REGISTRATIONS);
    }
}
