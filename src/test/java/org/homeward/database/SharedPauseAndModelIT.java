package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.homeward.ApiClient;
import org.homeward.TestApplication;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.linkage.DuplicateRunStatus;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two Homeward servers, A and B, on one separately started PostgreSQL: B's on-entry duplicate check takes up
 * the model of a duplicate run A computed, without a restart; the statistics refresh, on whichever server runs
 * it, waits while an import on A writes, and the import's days are counted when it ends; and when A stops in the middle of an import,
 * without saying that the import stopped, B counts those days once A's pause has been silent long enough.
 * The last case closes A, so the cases run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedPauseAndModelIT {

    private static final String PASSWORD = "two servers keep one careful pace";
    private static final String COORDINATOR = "pause.coordinator";
    private static final String HEADER = "household_key,individual_key,return_type,origin_country,destination_pcode,"
            + "relationship,given_name_ar,given_name_latin,family_name_latin,sex,date_of_birth";
    private static final String SILENCE = "2s";
    private static final long DEADLINE_NANOS = 180_000_000_000L;

    private static final String OWNER_PASSWORD = SeparatePostgresServer.randomSecret();
    private static final String APPLICATION_PASSWORD = SeparatePostgresServer.randomSecret();
    private static final String AUDIT_KEY = randomKey();

    private static SeparatePostgresServer postgres;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static int imported;

    @BeforeAll
    static void startTwoServersOnOneDatabase() throws Exception {
        postgres = SeparatePostgresServer.start();
        DocumentedSetup.run(postgres, OWNER_PASSWORD, APPLICATION_PASSWORD);
        a = serve();
        a.getBean(UserService.class).create(COORDINATOR, Role.COORDINATOR, PASSWORD, null);
        // Enough people for a model estimated from them (at least 1,000 records), before B builds its index.
        importOn(a, households(1_200), 0, ImportProgress.SILENT);
        b = serve();
    }

    @AfterAll
    static void stopAll() throws Exception {
        try {
            for (ConfigurableApplicationContext server : new ConfigurableApplicationContext[] {a, b}) {
                if (server != null && server.isActive()) {
                    server.close();
                }
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    @Order(1)
    void theOnEntryCheckOfBTakesUpTheModelOfARunOnA() throws Exception {
        ApiClient onA = new ApiClient(TestApplication.port(a), COORDINATOR, PASSWORD);
        ApiClient onB = new ApiClient(TestApplication.port(b), COORDINATOR, PASSWORD);
        JsonNode before = awaitReadyAnswer(onB);
        assertThat(modelRun(b)).as("B's own estimate").isZero();
        assertThat(matches(before)).as("the probe finds its namesake").isNotEmpty();

        // More people after B estimated its model, so that the run estimates another one.
        importOn(a, households(400), 0, ImportProgress.SILENT);
        DuplicateRunStatus run = a.getBean(DuplicateRunService.class).run(COORDINATOR);
        assertThat(run.finished()).as(String.valueOf(run.failure())).isTrue();

        await(() -> modelRun(b) == run.id(), "B takes up the model of run " + run.id());
        JsonNode onBNow = awaitReadyAnswer(onB);
        assertThat(onBNow)
                .as("B scores the probe as A, which finished the run, does")
                .isEqualTo(awaitReadyAnswer(onA));
        assertThat(weights(onBNow))
                .as("B scores with another model than before")
                .isNotEqualTo(weights(before));
    }

    @Test
    @Order(2)
    void bRefreshesNothingWhileAnImportOnAWritesAndCountsItsDaysAfterIt() throws Exception {
        awaitNothingWaiting();
        HeldImport held = HeldImport.start(a, households(6));
        try {
            assertThat(count("SELECT count(*) FROM statistics_refresh_pause WHERE server = '" + serverOf(a) + "'"))
                    .as("A's import pauses the refresh")
                    .isEqualTo(1);
            // The background refresh runs on one server at a time (a lock in the database), and whichever
            // server took it first usually keeps taking it: count the turns skipped on both.
            double skipped = pausedTurns(a) + pausedTurns(b);
            await(() -> pausedTurns(a) + pausedTurns(b) >= skipped + 2, "the background refresh skips its turns");
            await(
                    () -> count("SELECT count(*) FROM statistics_refresh_pause WHERE heartbeat > since + interval '"
                                    + SILENCE + "'")
                            == 1,
                    "A's heartbeat keeps its pause beyond the silence");
            assertThat(daysWaiting()).as("the first batch's days still wait").isPositive();

            held.carryOn();
            assertThat(held.report().householdsWritten()).isEqualTo(6);
            assertThat(count("SELECT count(*) FROM statistics_refresh_pause")).isZero();
            assertThat(daysWaiting()).as("counted when the import returned").isZero();
        } finally {
            held.stop();
        }
    }

    @Test
    @Order(3)
    void whenAStopsInTheMiddleOfAnImportBCountsItsDaysAfterTheSilence() throws Exception {
        awaitNothingWaiting();
        HeldImport held = HeldImport.start(a, households(6));
        try {
            assertThat(count("SELECT count(*) FROM statistics_refresh_pause WHERE server = '" + serverOf(a) + "'"))
                    .isEqualTo(1);
            assertThat(daysWaiting()).isPositive();

            a.close();

            await(() -> daysWaiting() == 0, "B counts the days A's import left waiting");
            assertThat(count("SELECT count(*) FROM statistics_refresh_pause"))
                    .as("B ended the silent pause")
                    .isZero();
            assertThat(held.stillWaiting())
                    .as("A's import never said it stopped: only the silence ended its pause")
                    .isTrue();
        } finally {
            held.stop();
        }
    }

    /** An import on a server, held after its first batch by its own progress listener until told to go on. */
    private record HeldImport(ExecutorService thread, Future<ImportReport> result, CountDownLatch goOn) {

        static HeldImport start(ConfigurableApplicationContext server, String csv) throws Exception {
            CountDownLatch firstBatch = new CountDownLatch(1);
            CountDownLatch goOn = new CountDownLatch(1);
            ImportProgress holding = new ImportProgress() {
                @Override
                public void written(long rowsDone, long rowsTotal, long householdsWritten) {
                    firstBatch.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("the test stopped the import", e);
                    }
                }
            };
            ExecutorService thread = Executors.newSingleThreadExecutor();
            Future<ImportReport> result = thread.submit(() -> importOn(server, csv, 2, holding));
            assertThat(firstBatch.await(DEADLINE_NANOS, TimeUnit.NANOSECONDS))
                    .as("the first batch is written")
                    .isTrue();
            return new HeldImport(thread, result, goOn);
        }

        void carryOn() {
            goOn.countDown();
        }

        ImportReport report() throws Exception {
            return result.get(DEADLINE_NANOS, TimeUnit.NANOSECONDS);
        }

        boolean stillWaiting() {
            return !result.isDone();
        }

        void stop() {
            thread.shutdownNow();
        }
    }

    private static ImportReport importOn(
            ConfigurableApplicationContext server, String csv, int batch, ImportProgress progress) throws IOException {
        Path file = Files.writeString(Files.createTempFile("shared-pause", ".csv"), csv);
        try {
            return server.getBean(HouseholdImportService.class)
                    .importFile(file, new ImportOptions(false, null, "test", batch), progress);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Households of one person each, every one new, with names drawn from a seeded generator. */
    private static String households(int households) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < households; i++) {
            int number = imported++;
            Random random = new Random(number);
            csv.append("P%d,P%d-1,REFUGEE,LBN,SY030101,PRINCIPAL,حسن,%s,%s,%s,%d\n"
                    .formatted(
                            number,
                            number,
                            latin(random, 5),
                            latin(random, 7),
                            number % 2 == 0 ? "F" : "M",
                            1940 + random.nextInt(60)));
        }
        return csv.toString();
    }

    /** The on-entry check's answer for a person like the first one imported, once the server's index is built. */
    private static JsonNode awaitReadyAnswer(ApiClient server) throws Exception {
        Random first = new Random(0);
        String given = latin(first, 5);
        String family = latin(first, 7);
        String probe = """
                {"registrationSite": "Masnaa crossing",
                 "journey": {"returnType": "REFUGEE", "originCountry": "LBN", "destinationPcode": "SY030101"},
                 "members": [{"relationship": "PRINCIPAL", "givenNameLatin": "%s", "familyNameLatin": "%s",
                              "sex": "F"}]}""".formatted(given, family);
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        ApiClient.Answer answer = server.post("/api/v1/households/likely-duplicates", probe);
        while (!answer.json().path("ready").asBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = server.post("/api/v1/households/likely-duplicates", probe);
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("ready").asBoolean())
                .as("the index is built")
                .isTrue();
        return answer.json().path("members");
    }

    private static JsonNode matches(JsonNode members) {
        return members.path(0).path("matches");
    }

    private static String weights(JsonNode members) {
        StringBuilder weights = new StringBuilder();
        matches(members)
                .forEach(
                        match -> weights.append(match.path("weight").asDouble()).append(' '));
        return weights.toString();
    }

    private static long modelRun(ConfigurableApplicationContext server) {
        return (long) server.getBean(MeterRegistry.class)
                .get("homeward.duplicates.model.run")
                .gauge()
                .value();
    }

    private static double pausedTurns(ConfigurableApplicationContext server) {
        return server.getBean(MeterRegistry.class)
                .get("homeward.statistics.refresh.paused")
                .functionCounter()
                .count();
    }

    private static String serverOf(ConfigurableApplicationContext server) {
        return server.getBean(ClaimedJobs.class).server();
    }

    /** Changes the summary has not counted yet: in the registry's feed, or taken from it and waiting. */
    private static long daysWaiting() {
        return count("SELECT (SELECT count(*) FROM registry_change) + (SELECT count(*) FROM statistics_stale_day)"
                + " + (SELECT count(*) FROM statistics_stale_household)");
    }

    private static void awaitNothingWaiting() throws Exception {
        await(() -> daysWaiting() == 0, "the summary has counted every change so far");
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private static long count(String sql) {
        try (Connection connection = postgres.connectAsSuperuser("homeward");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext serve() throws IOException {
        Path data = Path.of("target/test-data/shared-pause-" + UUID.randomUUID());
        Files.createDirectories(data.getParent());
        return TestApplication.start(
                data,
                false,
                "--spring.datasource.url=" + postgres.url("homeward"),
                "--spring.datasource.username=homeward_app",
                "--spring.datasource.password=" + APPLICATION_PASSWORD,
                "--homeward.database.owner-username=homeward_owner",
                "--homeward.database.owner-password=" + OWNER_PASSWORD,
                "--homeward.audit.key=" + AUDIT_KEY,
                "--homeward.statistics.refresh.interval=500ms",
                "--homeward.statistics.refresh.on-read=false",
                "--homeward.statistics.refresh.pause-silent-after=" + SILENCE);
    }

    private static String latin(Random random, int length) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            name.append("aeioubdfghklmnrstz".charAt(random.nextInt(18)));
        }
        return name.toString();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
