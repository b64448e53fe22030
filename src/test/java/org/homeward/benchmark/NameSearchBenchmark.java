package org.homeward.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.access.ApiTokens;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Name search as the product answers it ({@code POST /api/v1/households/search}, first page of 25, with a
 * registration officer's bearer token, scope filter, ranking and audit entry) on the registry that
 * {@link LikelyDuplicateBenchmark} filled with the demo population, beside two references measured in the
 * same run and interleaved with the searches: the health endpoint and reading one household.
 *
 * <p>Kinds of query: one common given name in Latin ("Ahmad", "Mohammad") and in Arabic ("أحمد", "محمد");
 * two-part names (given and family) of people in the registry, Latin and Arabic; full chains of four
 * names; a household reference typed into the name box; a phone number.
 * Before measuring it prints {@code EXPLAIN ANALYZE} of the first tier of a common name.
 * After them it times one stage alone: that first tier through JDBC, as the search asks it, scope filter included.
 *
 * <p>Usage: {@code scripts/benchmark.sh NameSearchBenchmark [individuals, default 1000000] [rounds, default 500]
 * [most seconds to wait for the duplicate index, default 1200]};
 * run {@code LikelyDuplicateBenchmark} with the same number of individuals first.
 */
public final class NameSearchBenchmark {

    private NameSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        long individuals = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long waitSeconds = args.length > 2 ? Long.parseLong(args[2]) : 1200;
        Path data = Path.of("target/benchmark/likely-" + individuals, "likely-data");
        System.out.printf(
                Locale.ROOT,
                "load average at start: %s%n",
                Files.readString(Path.of("/proc/loadavg")).trim());
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = BenchmarkApplication.start(data, true, false)) {
            System.out.printf(
                    Locale.ROOT,
                    "application started (with any migration) in %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
            measure(app, rounds, waitSeconds);
        }
    }

    /** Times the searches on a running application (also called by {@link LikelyDuplicateBenchmark} to share its start). */
    static void measure(ConfigurableApplicationContext app, int rounds, long waitSeconds) throws Exception {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        jdbc.sql("ANALYZE individual").update();
        long registered =
                jdbc.sql("SELECT count(*) FROM individual").query(Long.class).single();
        explain(jdbc);
        Map<String, List<String>> queries = queries(jdbc, rounds);
        List<String> households = jdbc.sql("SELECT id::text FROM household ORDER BY md5(id::text) LIMIT :n")
                .param("n", rounds)
                .query(String.class)
                .list();
        String token = token(app);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        waitForDuplicateIndex(http, base, token, waitSeconds);
        for (int warm = 0; warm < 100; warm++) {
            for (List<String> kind : queries.values()) {
                search(http, base, token, kind.get(warm % kind.size()));
            }
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        queries.keySet().forEach(kind -> times.put(kind, new long[rounds]));
        long[] health = new long[rounds];
        long[] reads = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
                long sent = System.nanoTime();
                search(
                        http,
                        base,
                        token,
                        kind.getValue().get(round % kind.getValue().size()));
                times.get(kind.getKey())[round] = System.nanoTime() - sent;
            }
            long sent = System.nanoTime();
            send(
                    http,
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                            .GET()
                            .build());
            health[round] = System.nanoTime() - sent;
            sent = System.nanoTime();
            send(
                    http,
                    HttpRequest.newBuilder(URI.create(
                                    base + "/api/v1/households/" + households.get(round % households.size())))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build());
            reads[round] = System.nanoTime() - sent;
        }
        System.out.printf(Locale.ROOT, "registry: %,d individuals; %,d rounds%n", registered, rounds);
        times.forEach(NameSearchBenchmark::report);
        times.forEach((kind, took) -> slowest(kind, took, queries.get(kind)));
        report("health (reference)", health);
        report("read one household (reference)", reads);
        firstTierAlone(jdbc, rounds);
        System.out.printf(
                Locale.ROOT,
                "load average at end: %s%n",
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** The three slowest requests of a kind with what they asked (synthetic names), to tell what the tail is made of. */
    private static void slowest(String kind, long[] took, List<String> bodies) {
        Integer[] rounds = new Integer[took.length];
        for (int r = 0; r < took.length; r++) {
            rounds[r] = r;
        }
        java.util.Arrays.sort(rounds, (a, b) -> Long.compare(took[b], took[a]));
        for (int n = 0; n < Math.min(3, rounds.length); n++) {
            System.out.printf(
                    Locale.ROOT,
                    "  slowest %s: %.1f ms %s%n",
                    kind,
                    took[rounds[n]] / 1e6,
                    bodies.get(rounds[n] % bodies.size()));
        }
    }

    /**
     * One stage on its own: the first tier of a common given name as the search asks it (the given-name
     * spelling keys a registered Ahmad or Mohammad bears, the scope filter of fourteen governorates,
     * at most 500 rows), straight through JDBC, so that what the database costs can be told from the
     * rest of a search request (ranking, the page's summaries, the audit entry, HTTP).
     */
    private static void firstTierAlone(JdbcClient jdbc, int rounds) {
        List<String[]> keys = new ArrayList<>();
        for (String name : List.of("Ahmad", "Mohammad")) {
            keys.add(jdbc.sql("SELECT name_keys FROM individual WHERE given_name_latin = :name LIMIT 1")
                    .param("name", name)
                    .query((rs, n) -> java.util.Arrays.stream(
                                    (String[]) rs.getArray(1).getArray())
                            .filter(key -> key.startsWith("gv:"))
                            .toArray(String[]::new))
                    .single());
        }
        String[] areas = new String[14];
        for (int governorate = 1; governorate <= 14; governorate++) {
            areas[governorate - 1] = String.format(Locale.ROOT, "SY%02d", governorate);
        }
        String sql = """
                SELECT i.id, i.household_id, i.position, h.registered_at,
                    i.given_name_ar, i.father_name_ar, i.grandfather_name_ar, i.family_name_ar,
                    i.given_name_latin, i.father_name_latin, i.grandfather_name_latin, i.family_name_latin
                FROM individual i JOIN household h ON h.id = i.household_id
                WHERE (h.registration_site = ANY(CAST(:sites AS text[]))
                    OR EXISTS (SELECT 1 FROM unnest(CAST(:areas AS text[])) area WHERE h.destination_pcode LIKE area || '%'))
                  AND (i.name_keys && CAST(:keys AS text[])) LIMIT 500""";
        System.out.println("EXPLAIN ANALYZE of the first tier of \"Ahmad\" as the search asks it, keys "
                + Arrays.toString(keys.get(0)) + ":");
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                .param("sites", new String[0])
                .param("areas", areas)
                .param("keys", keys.get(0))
                .query(String.class)
                .list()
                .forEach(line -> System.out.println("  " + line));
        long[] times = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            int rows = jdbc.sql(sql)
                    .param("sites", new String[0])
                    .param("areas", areas)
                    .param("keys", keys.get(round % 2))
                    .query((rs, n) -> rs.getString(5))
                    .list()
                    .size();
            times[round] = System.nanoTime() - started;
            if (rows == 0) {
                throw new IllegalStateException("the first tier found nobody");
            }
        }
        report("stage: first tier of a common name, SQL alone", times);
    }

    /**
     * The request bodies of each kind: common given names in each script, two-part names and full chains of
     * registered people, references typed into the name box, and phone numbers.
     */
    private static Map<String, List<String>> queries(JdbcClient jdbc, int rounds) {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("common name, Latin (Ahmad, Mohammad)", names(List.of("Ahmad", "Mohammad")));
        queries.put("common name, Arabic (أحمد, محمد)", names(List.of("أحمد", "محمد")));
        queries.put(
                "two-part name, Latin",
                names(jdbc.sql("""
                        SELECT given_name_latin || ' ' || family_name_latin FROM individual
                        WHERE given_name_latin IS NOT NULL AND family_name_latin IS NOT NULL ORDER BY md5(id::text) LIMIT :n""").param("n", rounds).query(String.class).list()));
        queries.put(
                "two-part name, Arabic",
                names(jdbc.sql("""
                        SELECT given_name_ar || ' ' || family_name_ar FROM individual
                        WHERE given_name_ar IS NOT NULL AND family_name_ar IS NOT NULL ORDER BY md5(id::text || 'a') LIMIT :n""").param("n", rounds).query(String.class).list()));
        queries.put(
                "full chain (four names), Latin",
                names(jdbc.sql("""
                        SELECT concat_ws(' ', given_name_latin, father_name_latin, grandfather_name_latin, family_name_latin)
                        FROM individual WHERE given_name_latin IS NOT NULL AND father_name_latin IS NOT NULL
                            AND grandfather_name_latin IS NOT NULL AND family_name_latin IS NOT NULL
                        ORDER BY md5(id::text || 'c') LIMIT :n""").param("n", rounds).query(String.class).list()));
        queries.put(
                "reference in the name box",
                names(jdbc.sql("SELECT reference FROM household ORDER BY md5(reference) LIMIT :n")
                        .param("n", rounds)
                        .query(String.class)
                        .list()));
        queries.put(
                "phone number",
                jdbc
                        .sql(
                                "SELECT phone FROM individual WHERE phone IS NOT NULL ORDER BY md5(id::text || 'p') LIMIT :n")
                        .param("n", rounds)
                        .query(String.class)
                        .list()
                        .stream()
                        .map(phone -> body("phone", phone))
                        .toList());
        return queries;
    }

    private static List<String> names(List<String> names) {
        return names.stream().map(name -> body("name", name)).toList();
    }

    private static String body(String field, String value) {
        return "{\"size\": 25, \"" + field + "\": \""
                + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private static void explain(JdbcClient jdbc) {
        System.out.println("EXPLAIN ANALYZE of the first tier of \"Ahmad\" (given name spelled as Ahmad):");
        jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS) SELECT i.id, i.household_id, i.position, h.registered_at,
                            i.given_name_ar, i.father_name_ar, i.grandfather_name_ar, i.family_name_ar,
                            i.given_name_latin, i.father_name_latin, i.grandfather_name_latin, i.family_name_latin
                        FROM individual i JOIN household h ON h.id = i.household_id
                        WHERE i.name_keys && CAST(:keys AS text[]) LIMIT 500""")
                .param("keys", new String[] {"gv:ahmad"})
                .query(String.class)
                .list()
                .forEach(line -> System.out.println("  " + line));
    }

    /** Waits (at most so many seconds) until the duplicate index, built in the background after a start, is ready. */
    private static void waitForDuplicateIndex(HttpClient http, String base, String token, long seconds)
            throws Exception {
        String body = "{\"registrationSite\":\"Masnaa crossing\",\"members\":[{\"relationship\":\"PRINCIPAL\","
                + "\"givenNameLatin\":\"Ahmad\",\"familyNameLatin\":\"Al-Hamwi\",\"sex\":\"M\",\"birthDate\":\"1980\"}]}";
        long started = System.nanoTime();
        while (System.nanoTime() - started < seconds * 1_000_000_000L) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/households/likely-duplicates"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || answer.body().contains("\"ready\":true")) {
                System.out.printf(
                        Locale.ROOT,
                        "duplicate index ready (or not asked: %d) after %.0f s%n",
                        answer.statusCode(),
                        (System.nanoTime() - started) / 1e9);
                return;
            }
            Thread.sleep(2_000);
        }
        System.out.println("duplicate index still being built: measuring anyway");
    }

    private static String token(ConfigurableApplicationContext app) {
        UserService users = app.getBean(UserService.class);
        if (users.all().stream().noneMatch(user -> user.username().equals("bench.search"))) {
            users.create("bench.search", Role.REGISTRATION_OFFICER, "benchmark password", null);
        }
        List<ScopeGrant> governorates = new ArrayList<>();
        for (int governorate = 1; governorate <= 14; governorate++) {
            governorates.add(ScopeGrant.parse(String.format(Locale.ROOT, "area:SY%02d", governorate)));
        }
        users.setScopes("bench.search", governorates);
        return ApiTokens.issue(app, "bench.search");
    }

    private static void search(HttpClient http, String base, String token, String body) throws Exception {
        send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/households/search"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri().getPath() + " answered " + response.statusCode());
        }
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-42s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %8.2f ms%n",
                label,
                at(sorted, 50),
                at(sorted, 95),
                at(sorted, 99),
                at(sorted, 100));
    }

    private static double at(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
