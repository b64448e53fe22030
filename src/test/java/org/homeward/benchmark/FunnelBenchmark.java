package org.homeward.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.homeward.access.ApiTokens;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.movements.CreatePlanRequest;
import org.homeward.movements.PlanTarget;
import org.homeward.movements.ReturnPlanService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan's funnel over the whole plan: a plan of 24 months whose movements carry the given number of
 * persons (manifests written by SQL: one movement per crossing and day, households of five, the first
 * months boarded and arrived), then {@code GET /api/v1/plans/{id}/funnel} timed request by request
 * beside the health endpoint (a request that does no work) in the same run: p50, p95, p99.
 */
final class FunnelBenchmark {

    private static final String[][] CROSSINGS = {
        {"TUR", "BAB_AL_HAWA"}, {"TUR", "BAB_AL_SALAMA"}, {"LBN", "MASNAA"}, {"LBN", "JOUSIEH"}, {"JOR", "NASIB"}
    };

    private FunnelBenchmark() {}

    static void run(long persons, int requests) throws Exception {
        System.out.printf(
                "load average at the start: %s%n",
                java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
        LocalDate start = LocalDate.of(2027, 1, 1);
        try (ConfigurableApplicationContext app =
                BenchmarkApplication.start(Path.of("target/benchmark/funnel-data"), true)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            UserService users = app.getBean(UserService.class);
            users.create("bench.analyst", Role.ANALYST, "benchmark password", null);
            String token = ApiTokens.issue(app, "bench.analyst");
            List<PlanTarget> targets = new ArrayList<>();
            for (int month = 0; month < 24; month++) {
                for (String country : List.of("TUR", "LBN", "JOR")) {
                    targets.add(new PlanTarget(
                            country, YearMonth.from(start).plusMonths(month).toString(), "", (int) (persons / 24 / 3)));
                }
            }
            UUID plan = app.getBean(ReturnPlanService.class)
                    .create(
                            new CreatePlanRequest(
                                    "Funnel benchmark",
                                    start.toString(),
                                    start.plusMonths(24).minusDays(1).toString(),
                                    targets),
                            "benchmark")
                    .id();
            long started = System.nanoTime();
            long written = manifests(jdbc, plan, start, persons);
            jdbc.sql("ANALYZE manifest_person").update();
            System.out.printf(
                    "fixture: %,d persons on the plan's manifests written by SQL in %.1f s%n",
                    written, (System.nanoTime() - started) / 1e9);
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            time(http, base + "/actuator/health", token, 5);
            time(http, base + "/api/v1/plans/" + plan + "/funnel", token, 3);
            double[] health = time(http, base + "/actuator/health", token, requests);
            double[] funnel = time(http, base + "/api/v1/plans/" + plan + "/funnel", token, requests);
            System.out.printf(
                    "health (reference), %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    requests, percentile(health, 50), percentile(health, 95), percentile(health, 99));
            System.out.printf(
                    "funnel API over %,d persons, %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; "
                            + "ratio p95 funnel / health %.0f%n",
                    written,
                    requests,
                    percentile(funnel, 50),
                    percentile(funnel, 95),
                    percentile(funnel, 99),
                    percentile(funnel, 95) / percentile(health, 95));
        }
    }

    /** Households of five on one movement per crossing and day over the plan; answers the persons written. */
    private static long manifests(JdbcClient jdbc, UUID plan, LocalDate start, long persons) {
        int days = (int) (start.plusMonths(24).toEpochDay() - start.toEpochDay());
        long households = persons / 5;
        int movements = days * CROSSINGS.length;
        for (int crossing = 0; crossing < CROSSINGS.length; crossing++) {
            jdbc.sql("""
                            INSERT INTO movement (id, plan_id, kind, departs_on, departure_point, asylum_country, crossing_code,
                                destination_kind, status, departed_at, arrived_at, created_by, created_at)
                            SELECT md5('fm' || :crossing || '-' || d)::uuid, :plan, 'ORGANISED_RETURN', CAST(:start AS date) + d, 'Benchmark',
                                   :country, :code, 'HOME', CASE WHEN d < 120 THEN 'ARRIVED' ELSE 'PLANNED' END,
                                   CASE WHEN d < 120 THEN now() END, CASE WHEN d < 120 THEN now() END, 'benchmark', now()
                            FROM generate_series(0, :days - 1) AS d""")
                    .param("crossing", crossing)
                    .param("plan", plan)
                    .param("start", Date.valueOf(start))
                    .param("country", CROSSINGS[crossing][0])
                    .param("code", CROSSINGS[crossing][1])
                    .param("days", days)
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO manifest_household (movement_id, household_id, destination_pcode, open, added_at, added_by)
                        SELECT md5('fm' || (g % :crossings) || '-' || ((g / :crossings) % :days))::uuid, md5('fh' || g)::uuid,
                               'SY020000', true, now(), 'benchmark'
                        FROM generate_series(0, :households - 1) AS g""")
                .param("crossings", CROSSINGS.length)
                .param("days", days)
                .param("households", households)
                .update();
        jdbc.sql("""
                        INSERT INTO manifest_person (movement_id, household_id, individual_id, boarding, boarded_at, arrival)
                        SELECT md5('fm' || (g % :crossings) || '-' || (g / :crossings % :days))::uuid, md5('fh' || g)::uuid,
                               md5('fi' || g || '-' || m)::uuid,
                               CASE WHEN g / :crossings % :days < 120 THEN 'BOARDED' ELSE 'PENDING' END,
                               CASE WHEN g / :crossings % :days < 120 THEN now() END,
                               CASE WHEN g / :crossings % :days < 120 THEN 'ARRIVED' ELSE 'PENDING' END
                        FROM generate_series(0, :households - 1) AS g, generate_series(0, 4) AS m""")
                .param("crossings", CROSSINGS.length)
                .param("days", days)
                .param("households", households)
                .update();
        System.out.printf("  %,d movements, %,d households%n", movements, households);
        return households * 5;
    }

    private static double[] time(HttpClient http, String url, String token, int requests) throws Exception {
        double[] millis = new double[requests];
        for (int index = 0; index < requests; index++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis[index] = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        return millis;
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
