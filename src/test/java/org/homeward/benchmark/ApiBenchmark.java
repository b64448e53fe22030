package org.homeward.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.access.ApiTokens;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registration throughput and latency of the API under concurrent clients, beside the same clients
 * calling the health endpoint (a request that does no work) in the same run.
 * Usage: scripts/benchmark.sh ApiBenchmark [clients, default 8] [seconds per phase, default 30]
 */
public final class ApiBenchmark {

    private ApiBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (ConfigurableApplicationContext app =
                BenchmarkApplication.start(Path.of("target/benchmark/api-data"), true)) {
            UserService users = app.getBean(UserService.class);
            users.create("bench.officer", Role.REGISTRATION_OFFICER, "benchmark password", null);
            users.setScopes("bench.officer", List.of(ScopeGrant.parse("area:SY02")));
            String token = ApiTokens.issue(app, "bench.officer");
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            Phase warmUp = run(base, token, clients, 10, true);
            Phase health = run(base, token, clients, seconds, false);
            Phase registrations = run(base, token, clients, seconds, true);
            System.out.printf(
                    "clients: %d, %d s per phase (warm-up: %,d registrations)%n", clients, seconds, warmUp.count());
            System.out.printf(
                    "health (reference):   %,.0f requests/s, p50 %.1f ms, p99 %.1f ms%n",
                    health.rate(), health.percentile(50), health.percentile(99));
            System.out.printf(
                    "registrations of 5:   %,.0f households/s, p50 %.1f ms, p99 %.1f ms, errors %d%n",
                    registrations.rate(),
                    registrations.percentile(50),
                    registrations.percentile(99),
                    registrations.errors());
            System.out.printf("ratio registrations/health throughput: %.3f%n", registrations.rate() / health.rate());
        }
    }

    record Phase(long[] latenciesNanos, int count, int errors, double seconds) {
        double rate() {
            return count / seconds;
        }

        double percentile(double p) {
            long[] sorted = Arrays.copyOf(latenciesNanos, count);
            Arrays.sort(sorted);
            return sorted.length == 0
                    ? 0
                    : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }
    }

    private static Phase run(String base, String token, int clients, int seconds, boolean register) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    HttpRequest request = register
                            ? HttpRequest.newBuilder(URI.create(base + "/api/v1/households"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(household(sequence.incrementAndGet())))
                                    .build()
                            : HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                    .GET()
                                    .build();
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - sent);
                    if (response.statusCode() >= 300) {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Phase(all.stream().mapToLong(Long::longValue).toArray(), all.size(), errors.get(), elapsed);
    }

    private static String household(int n) {
        String[] given = {"Mohammad", "Ahmad", "Khaled", "Omar", "Yousef"};
        StringBuilder members = new StringBuilder();
        String[] relationships = {"PRINCIPAL", "SPOUSE", "SON", "DAUGHTER", "SON"};
        String[] sexes = {"M", "F", "M", "F", "M"};
        for (int m = 0; m < 5; m++) {
            if (m > 0) {
                members.append(',');
            }
            members.append("{\"relationship\":\"")
                    .append(relationships[m])
                    .append("\",\"givenNameLatin\":\"")
                    .append(given[(n + m) % given.length])
                    .append("\",\"givenNameAr\":\"محمد\",\"familyNameLatin\":\"Bench")
                    .append(Integer.toString(n, 26).replaceAll("[0-9]", "x"))
                    .append("\",\"sex\":\"")
                    .append(sexes[m])
                    .append("\",\"birthDate\":\"")
                    .append(1950 + (n + m * 13) % 70)
                    .append("\"}");
        }
        return "{\"registrationSite\":\"Bench\",\"journey\":{\"returnType\":\"REFUGEE\",\"originCountry\":\"LBN\","
                + "\"crossingPoint\":\"MASNAA\",\"destinationPcode\":\"SY020000\"},\"members\":[" + members + "]}";
    }
}
