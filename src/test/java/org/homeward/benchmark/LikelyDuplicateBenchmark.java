package org.homeward.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.access.ApiTokens;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSettings;
import org.homeward.demo.GenerationProgress;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-entry duplicate check as the product answers it, with a registry of about a million individuals:
 * {@code POST /api/v1/households/likely-duplicates} over HTTP with a registration officer's bearer token
 * (scope check, catching up with the registry, candidate lookup, scoring, explanation, audit entry),
 * for households held out of the demo population, beside two references measured in the same run and
 * interleaved with the checks: the health endpoint and reading one household through the API.
 *
 * <p>The registry is filled with the demo generator's population (realistic names in both scripts,
 * people registered more than once) through the product's own bulk import; then the application is
 * started again on the same database, as after a restart, and builds its duplicate index from it.
 *
 * <p>Usage: {@code BENCHMARK_JAVA_OPTS=-Xmx4g scripts/benchmark.sh LikelyDuplicateBenchmark
 * [individuals, default 1000000] [probe households, default 3000]}; add {@code reuse} as the third
 * argument to skip generating and importing when {@code target/benchmark/likely-N} already holds them (or
 * {@code fill} to generate and import only, and stop), and a
 * number of rounds as the fourth to time {@link NameSearchBenchmark}'s searches on the same start first; a fifth
 * argument times only that many of the held-out households.
 */
public final class LikelyDuplicateBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[][] MEMBER_COLUMNS = {
        {"relationship", "relationship"},
        {"givenNameAr", "given_name_ar"},
        {"givenNameLatin", "given_name_latin"},
        {"fatherNameAr", "father_name_ar"},
        {"fatherNameLatin", "father_name_latin"},
        {"grandfatherNameAr", "grandfather_name_ar"},
        {"grandfatherNameLatin", "grandfather_name_latin"},
        {"familyNameAr", "family_name_ar"},
        {"familyNameLatin", "family_name_latin"},
        {"sex", "sex"},
        {"birthDate", "date_of_birth"},
        {"phone", "phone"},
        {"documentType", "document_type"},
        {"documentNumber", "document_number"},
        {"placeOfOrigin", "place_of_origin"}
    };

    private LikelyDuplicateBenchmark() {}

    public static void main(String[] args) throws Exception {
        long individuals = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        int probeCount = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        // "fill" generates and imports only, so that a large registry can be built once and timed later.
        boolean reuse = args.length > 2 && args[2].equals("reuse");
        int searchRounds = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : probeCount;
        Path folder = Files.createDirectories(Path.of("target/benchmark/likely-" + individuals));
        Path data = folder.resolve("likely-data");
        System.out.printf(Locale.ROOT, "load average at start: %s%n", loadAverage());
        // The held-out set depends on the probe count, so a reused registry keeps it and may time fewer of them.
        List<String> probes = prepare(folder, individuals, probeCount);
        probes = probes.subList(0, Math.min(measured, probes.size()));
        if (!reuse) {
            fill(data, folder.resolve("import.csv"));
        }
        if (args.length > 2 && args[2].equals("fill")) {
            return;
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = BenchmarkApplication.start(data, true, false)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long registered = jdbc.sql("SELECT count(*) FROM individual WHERE erased_at IS NULL")
                    .query(Long.class)
                    .single();
            List<String> households = jdbc.sql("SELECT id::text FROM household ORDER BY md5(id::text) LIMIT :n")
                    .param("n", probes.size())
                    .query(String.class)
                    .list();
            String token = officerToken(app);
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            waitUntilReady(http, base, token, probes.get(0));
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            System.gc();
            long heapAfterBuild = usedHeapMegabytes();
            System.out.printf(
                    Locale.ROOT,
                    "registry: %,d individuals; application started and duplicate index built in %.1f s;"
                            + " heap in use after a collection %,d MiB%n",
                    registered,
                    buildSeconds,
                    heapAfterBuild);

            if (searchRounds > 0) {
                NameSearchBenchmark.measure(app, searchRounds, 60);
            }
            for (int warm = 0; warm < Math.min(300, probes.size()); warm++) {
                check(http, base, token, probes.get(probes.size() - 1 - warm));
            }
            measure(http, base, token, probes, households, "demo population's mix of households");
            measure(
                    http,
                    base,
                    token,
                    commonNamesYearOnly(probes),
                    households,
                    "the same households, principal renamed Mohammad/Ahmad, every birth date year-only");
            System.out.printf(
                    Locale.ROOT,
                    "peak heap (whole run, sum of pool peaks): %,d MiB; load average at end: %s%n",
                    BenchmarkApplication.peakHeapMegabytes(),
                    loadAverage());
        }
    }

    /** Times the checks of these households, each followed by the two references, and prints the figures. */
    private static void measure(
            HttpClient http, String base, String token, List<String> probes, List<String> households, String label)
            throws Exception {
        long[] checks = new long[probes.size()];
        long[] health = new long[probes.size()];
        long[] lookups = new long[probes.size()];
        int[] answered = new int[2];
        long cpuBefore = processCpuNanos();
        for (int p = 0; p < probes.size(); p++) {
            long sent = System.nanoTime();
            JsonNode answer = check(http, base, token, probes.get(p));
            checks[p] = System.nanoTime() - sent;
            for (JsonNode member : answer.get("members")) {
                answered[0]++;
                answered[1] += member.get("matches").isEmpty() ? 0 : 1;
            }
            sent = System.nanoTime();
            send(
                    http,
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                            .GET()
                            .build());
            health[p] = System.nanoTime() - sent;
            sent = System.nanoTime();
            send(
                    http,
                    HttpRequest.newBuilder(
                                    URI.create(base + "/api/v1/households/" + households.get(p % households.size())))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build());
            lookups[p] = System.nanoTime() - sent;
        }
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %,d on-entry checks of households (%,d members; %.1f%% of members with a likely"
                        + " earlier registration shown), each followed by one health and one household request; load average %s%n",
                label,
                probes.size(),
                answered[0],
                100.0 * answered[1] / Math.max(1, answered[0]),
                loadAverage());
        report("on-entry check (household)", checks);
        report("health (reference)", health);
        report("read one household (reference)", lookups);
        System.out.printf(
                Locale.ROOT,
                "ratio p99 check / p99 household read: %.2f; p50: %.2f%n",
                percentile(checks, 99) / percentile(lookups, 99),
                percentile(checks, 50) / percentile(lookups, 50));
        System.out.printf(Locale.ROOT, "process CPU during the measured requests: %.1f s%n", cpu);
    }

    /**
     * The hardest households for the check: the principal called by the commonest names (Mohammad and
     * Ahmad, in both scripts, in turn) and every member's birth date known only by its year, so that the
     * name and date blocks are the largest the registry has.
     */
    private static List<String> commonNamesYearOnly(List<String> probes) {
        String[][] common = {{"محمد", "Mohammad"}, {"أحمد", "Ahmad"}};
        List<String> changed = new ArrayList<>();
        for (int p = 0; p < probes.size(); p++) {
            tools.jackson.databind.node.ObjectNode body =
                    (tools.jackson.databind.node.ObjectNode) JSON.readTree(probes.get(p));
            for (JsonNode member : body.get("members")) {
                tools.jackson.databind.node.ObjectNode fields = (tools.jackson.databind.node.ObjectNode) member;
                if ("PRINCIPAL".equals(fields.path("relationship").asString(""))) {
                    fields.put("givenNameAr", common[p % 2][0]);
                    fields.put("givenNameLatin", common[p % 2][1]);
                }
                String date = fields.path("birthDate").asString("");
                if (date.length() >= 4) {
                    fields.put("birthDate", date.substring(0, 4));
                }
            }
            changed.add(JSON.writeValueAsString(body));
        }
        return changed;
    }

    /** Generates the population, holds out the probe households and writes the rest as the import file. */
    private static List<String> prepare(Path folder, long individuals, int probeCount) throws Exception {
        Path generated = folder.resolve("generated");
        Path households = generated.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE);
        long householdCount;
        if (!Files.exists(households)) {
            long started = System.nanoTime();
            householdCount = new DemoPopulationGenerator(DemoSettings.of(1, LocalDate.of(2026, 3, 15), individuals))
                    .generateInto(generated, GenerationProgress.NONE)
                    .households();
            System.out.printf(
                    Locale.ROOT,
                    "demo population of %,d people generated in %.1f s%n",
                    individuals,
                    (System.nanoTime() - started) / 1e9);
        } else {
            try (var lines = Files.lines(households)) {
                householdCount = lines.skip(1)
                        .map(line -> line.substring(0, line.indexOf(',')))
                        .distinct()
                        .count();
            }
        }
        long modulus = Math.max(2, householdCount / probeCount);
        Map<String, List<String>> held = new LinkedHashMap<>();
        String header;
        try (BufferedReader in = Files.newBufferedReader(households);
                BufferedWriter out = Files.newBufferedWriter(folder.resolve("import.csv"))) {
            header = in.readLine();
            out.write(header);
            out.newLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String key = line.substring(0, line.indexOf(','));
                if (Math.floorMod(mix(key.hashCode()), modulus) == 0
                        && (held.size() < probeCount || held.containsKey(key))) {
                    held.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                } else {
                    out.write(line);
                    out.newLine();
                }
            }
        }
        CSVFormat format =
                CSVFormat.DEFAULT.builder().setHeader(header.split(",")).get();
        List<String> bodies = new ArrayList<>();
        for (List<String> lines : held.values()) {
            bodies.add(body(CSVParser.parse(String.join("\n", lines), format).getRecords()));
        }
        System.out.printf(Locale.ROOT, "%,d probe households held out of the import%n", bodies.size());
        return bodies;
    }

    private static int mix(int value) {
        int z = value * 0x9E3779B9;
        return z ^ z >>> 15;
    }

    /** A registration-shaped body, as the form sends it while a household is being entered. */
    private static String body(List<CSVRecord> rows) {
        List<Map<String, String>> members = new ArrayList<>();
        for (CSVRecord row : rows) {
            Map<String, String> member = new LinkedHashMap<>();
            for (String[] column : MEMBER_COLUMNS) {
                String value = row.get(column[1]);
                member.put(column[0], value.isEmpty() ? null : value);
            }
            members.add(member);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("registrationSite", rows.get(0).get("registration_site"));
        body.put("members", members);
        return JSON.writeValueAsString(body);
    }

    /** Imports the file into a fresh registry through the product's bulk import. */
    private static void fill(Path data, Path file) throws Exception {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = BenchmarkApplication.start(data, false)) {
            ImportReport report = app.getBean(HouseholdImportService.class)
                    .importFile(
                            file,
                            new ImportOptions(false, null, "benchmark", ImportOptions.DEFAULT_BATCH_SIZE),
                            new ImportProgress() {});
            if (report.hasProblems()) {
                throw new IllegalStateException("the demo population did not import cleanly: "
                        + report.problems().stream().limit(5).toList());
            }
            System.out.printf(
                    Locale.ROOT,
                    "imported %,d individuals in %,d households in %.1f s%n",
                    report.individualsWritten(),
                    report.householdsWritten(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private static String officerToken(ConfigurableApplicationContext app) {
        UserService users = app.getBean(UserService.class);
        if (users.all().stream().noneMatch(user -> user.username().equals("bench.entry"))) {
            users.create("bench.entry", Role.REGISTRATION_OFFICER, "benchmark password", null);
        }
        // The fourteen governorates: the scope filter runs for every match and lets all through.
        List<ScopeGrant> governorates = new ArrayList<>();
        for (int governorate = 1; governorate <= 14; governorate++) {
            governorates.add(ScopeGrant.parse(String.format(Locale.ROOT, "area:SY%02d", governorate)));
        }
        users.setScopes("bench.entry", governorates);
        return ApiTokens.issue(app, "bench.entry");
    }

    private static void waitUntilReady(HttpClient http, String base, String token, String probe) throws Exception {
        while (!check(http, base, token, probe).get("ready").asBoolean()) {
            Thread.sleep(500);
        }
    }

    private static JsonNode check(HttpClient http, String base, String token, String body) throws Exception {
        String answer = send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/households/likely-duplicates"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        return JSON.readTree(answer);
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri().getPath() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static void report(String label, long[] nanos) {
        System.out.printf(
                Locale.ROOT,
                "%-32s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n",
                label,
                percentile(nanos, 50),
                percentile(nanos, 95),
                percentile(nanos, 99),
                percentile(nanos, 100));
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    private static long usedHeapMegabytes() {
        return java.lang.management.ManagementFactory.getMemoryMXBean()
                        .getHeapMemoryUsage()
                        .getUsed()
                >> 20;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
