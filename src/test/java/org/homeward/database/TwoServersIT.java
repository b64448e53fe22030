package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ChildHomeward;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Homeward servers on one PostgreSQL server of their own, as behind a load balancer: a session begun on
 * one is valid on the other, a household registered on one is found by the other's on-entry duplicate check,
 * an allocation run begun on one shows on the other and, when its server is killed, is computed once more by
 * a server that takes it up, and a bulk acceptance begun on one shows its progress on the other and, when its
 * server is killed, is finished once, with every proposal counted exactly once.
 */
class TwoServersIT {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern PROGRESS = Pattern.compile("id=\"acceptance-progress\"");
    private static final String PASSWORD = "two servers share one careful database";
    private static final String COORDINATOR = "two.coordinator";
    private static final String DARAYA = "SY030101";
    private static final int WAITING = 400;
    private static final int REGISTRATIONS = 20;

    private static SeparatePostgresServer postgres;
    private static final String OWNER_PASSWORD = SeparatePostgresServer.randomSecret();
    private static final String APPLICATION_PASSWORD = SeparatePostgresServer.randomSecret();
    private static final String AUDIT_KEY = randomKey();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startPostgresWithTheDocumentedRoles() throws Exception {
        postgres = SeparatePostgresServer.start();
        DocumentedSetup.run(postgres, OWNER_PASSWORD, APPLICATION_PASSWORD);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoServersShareSessionsFollowEachOthersRegistrationsAndFinishARunAndAnAcceptanceOnce() throws Exception {
        Path data = dataDirectory();
        createCoordinatorAndWaitingHouseholds(data);
        ChildHomeward first = serve("A");
        ChildHomeward second = serve("B");
        try {
            int portA = port(first);
            int portB = port(second);
            Session session = Session.signIn(portA);
            assertThat(session.get(portB, "/allocation").statusCode())
                    .as("the session begun on A, on B")
                    .isEqualTo(200);
            assertThat(Session.anonymous().get(portB, "/allocation").statusCode())
                    .as("no session, no page")
                    .isEqualTo(302);

            measureRegistrationLag(session, portA, portB);

            UUID run = allocationRunKilledOnA(session, first, portA, portB);
            first = serve("A again");
            int portAgain = port(first);
            awaitRunDone(run);
            assertComputedOnce(run);

            int proposals = startAcceptance(session, portAgain, run);
            String onB = awaitProgress(session, portB, run);
            assertThat(onB).as("B shows the acceptance A works on").containsPattern(PROGRESS);
            first.killHard();
            assertThat(count("SELECT count(*) FROM allocation_acceptance WHERE run_id = '" + run
                            + "' AND state = 'RUNNING' AND accepted + refused < total"))
                    .as("A was killed with the acceptance half done (else nothing here proves a take-over)")
                    .isEqualTo(1);
            awaitAcceptanceDone(session, portB, run);
            assertAcceptedOnce(run, proposals);
        } finally {
            first.close();
            second.close();
        }
    }

    /** Registers households on A one by one and asks B's on-entry check for each until it answers it; reports the lag. */
    private static void measureRegistrationLag(Session session, int portA, int portB) throws Exception {
        List<Long> lags = new ArrayList<>();
        Random random = new Random(18);
        for (int i = 0; i < REGISTRATIONS; i++) {
            String household = household(random, i);
            HttpResponse<String> registered = session.postJson(portA, "/api/v1/households", household);
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String id = field(registered.body(), "id");
            long committed = System.nanoTime();
            long deadline = committed + 120_000_000_000L;
            String answer = "";
            while (!answer.contains(id) && System.nanoTime() < deadline) {
                answer = session.postJson(portB, "/api/v1/households/likely-duplicates", household)
                        .body();
                if (!answer.contains(id)) {
                    Thread.sleep(10);
                }
            }
            assertThat(answer)
                    .as("B's on-entry check finds the household registered on A")
                    .contains(id);
            lags.add((System.nanoTime() - committed) / 1_000_000);
        }
        Collections.sort(lags);
        String report = "registration on A to on-entry match on B, " + lags.size() + " registrations: p50 "
                + lags.get(lags.size() / 2) + " ms, p99 " + lags.get(Math.min(lags.size() - 1, lags.size() * 99 / 100))
                + " ms, max " + lags.get(lags.size() - 1) + " ms";
        System.out.println("TwoServersIT lag: " + report);
        Files.writeString(Path.of("target/two-servers-lag.txt"), report + "\n");
    }

    /**
     * Starts a run on A while the test holds the proposals' table, so that the run computes and then waits to
     * store; B shows it running; A is killed there, with nothing stored. Closing the hold lets the run go on.
     */
    private static UUID allocationRunKilledOnA(Session session, ChildHomeward a, int portA, int portB)
            throws Exception {
        HttpResponse<String> centre = session.postJson(portA, "/api/v1/centres", """
                {"code": "TWO-1", "nameEn": "Two servers centre", "nameAr": "مركز الخادمين", "pcode": "%s",
                 "latitude": 33.4560, "longitude": 36.2350, "capacityPersons": 5000, "capacityFamilies": 2000,
                 "accessibleUnits": 50, "open": true}""".formatted(DARAYA));
        assertThat(centre.statusCode()).as(centre.body()).isIn(200, 201);
        try (Connection hold = postgres.connectAsSuperuser("homeward")) {
            hold.setAutoCommit(false);
            try (Statement lock = hold.createStatement()) {
                lock.execute("LOCK TABLE allocation_proposal IN EXCLUSIVE MODE");
            }
            HttpResponse<String> started =
                    session.postForm(portA, "/allocation/runs", "/allocation", Map.of("scope", "all"));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
            String location = started.headers().firstValue("Location").orElseThrow();
            UUID run = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
            awaitCount(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND query LIKE 'INSERT INTO allocation_proposal%'",
                    1);
            assertThat(session.get(portB, "/allocation/runs/" + run).body())
                    .as("B shows the run A computes")
                    .contains("id=\"run-stage\"");
            a.killHard();
            hold.rollback();
            assertThat(count("SELECT count(*) FROM allocation_run WHERE id = '" + run + "' AND status = 'RUNNING'"))
                    .isEqualTo(1);
            return run;
        }
    }

    private static void awaitRunDone(UUID run) throws Exception {
        awaitCount("SELECT count(*) FROM allocation_run WHERE id = '" + run + "' AND status <> 'RUNNING'", 1);
    }

    /** The run was begun again once, by the restarted A or by B, and stored one proposal per waiting household. */
    private static void assertComputedOnce(UUID run) throws Exception {
        String ofRun = " FROM allocation_run WHERE id = '" + run + "'";
        assertThat(count("SELECT count(*)" + ofRun + " AND status = 'DONE'")).isEqualTo(1);
        assertThat(count("SELECT attempts" + ofRun))
                .as("begun on A, taken up once")
                .isEqualTo(2);
        assertThat(count("SELECT households" + ofRun)).isEqualTo(WAITING + REGISTRATIONS);
        String proposals = " FROM allocation_proposal WHERE run_id = '" + run + "'";
        assertThat(count("SELECT count(*)" + proposals))
                .as("one proposal per waiting household, none stored twice")
                .isEqualTo(WAITING + REGISTRATIONS);
        assertThat(count("SELECT count(DISTINCT household_id)" + proposals)).isEqualTo(WAITING + REGISTRATIONS);
    }

    private static void awaitCount(String sql, long expected) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (count(sql) != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(count(sql)).as(sql).isEqualTo(expected);
    }

    private static int startAcceptance(Session session, int port, UUID run) throws Exception {
        int open = (int) count("SELECT count(*) FROM allocation_proposal WHERE run_id = '" + run
                + "' AND decision = 'PROPOSED' AND proposed_centre IS NOT NULL");
        assertThat(open).as("households placed by the run").isGreaterThan(100);
        HttpResponse<String> started = session.postForm(
                port,
                "/allocation/runs/" + run + "/accept-remaining",
                "/allocation/runs/" + run + "/accept-remaining",
                Map.of("confirmed", String.valueOf(open)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        return open;
    }

    private static String awaitProgress(Session session, int port, UUID run) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        String page = session.get(port, "/allocation/runs/" + run).body();
        while (!PROGRESS.matcher(page).find() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            page = session.get(port, "/allocation/runs/" + run).body();
        }
        return page;
    }

    private static void awaitAcceptanceDone(Session session, int port, UUID run) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (count("SELECT count(*) FROM allocation_acceptance WHERE run_id = '" + run + "' AND state = 'RUNNING'")
                        > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(session.get(port, "/allocation/runs/" + run).body())
                .as("B shows the acceptance finished")
                .contains("bulk-notice");
    }

    private static void assertAcceptedOnce(UUID run, int proposals) throws Exception {
        assertThat(count("SELECT count(*) FROM allocation_acceptance WHERE run_id = '" + run + "'"))
                .as("one acceptance, taken over, not begun again")
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM allocation_acceptance WHERE run_id = '" + run + "' AND state = 'DONE'"))
                .isEqualTo(1);
        long accepted = count(
                "SELECT count(*) FROM allocation_proposal WHERE run_id = '" + run + "' AND decision = 'ACCEPTED'");
        assertThat(accepted).as("every placed proposal accepted").isEqualTo(proposals);
        assertThat(count("SELECT accepted + refused FROM allocation_acceptance WHERE run_id = '" + run + "'"))
                .as("each proposal counted once")
                .isEqualTo(proposals);
        assertThat(count("SELECT accepted FROM allocation_acceptance WHERE run_id = '" + run + "'"))
                .isEqualTo(accepted);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ALLOCATION_ACCEPTED'"))
                .as("one audit entry per acceptance, none twice")
                .isEqualTo(accepted);
        assertThat(count("SELECT count(*) FROM reception_stay WHERE centre_code = 'TWO-1'"))
                .as("one booking each")
                .isEqualTo(accepted);
    }

    private void createCoordinatorAndWaitingHouseholds(Path data) throws Exception {
        try (ChildHomeward create = ChildHomeward.start(
                environment(),
                line -> {},
                "users",
                "create",
                "--username",
                COORDINATOR,
                "--role",
                "coordinator",
                "--data-dir",
                data.toString())) {
            create.stdin().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
            create.stdin().close();
            assertThat(create.waitFor()).as(String.join("\n", create.output())).isZero();
        }
        StringBuilder csv =
                new StringBuilder("household_key,individual_key,return_type,origin_country,destination_pcode,"
                        + "relationship,given_name_ar,given_name_latin,family_name_latin,sex,date_of_birth\n");
        for (int i = 0; i < WAITING; i++) {
            csv.append("W")
                    .append(i)
                    .append(",W")
                    .append(i)
                    .append("-1,REFUGEE,LBN,")
                    .append(DARAYA)
                    .append(",PRINCIPAL,حسن,Hasan,Waiting")
                    .append(latin(new Random(i), 7))
                    .append(",M,19")
                    .append(50 + i % 50)
                    .append('\n');
        }
        Path file = Files.writeString(data.resolveSibling(data.getFileName() + ".csv"), csv);
        try (ChildHomeward imported = ChildHomeward.start(
                environment(), line -> {}, "import", file.toString(), "--data-dir", data.toString())) {
            imported.stdin().close();
            assertThat(imported.waitFor())
                    .as(String.join("\n", imported.output()))
                    .isZero();
        }
    }

    private static ChildHomeward serve(String name) throws Exception {
        int port = freePort();
        ChildHomeward server = ChildHomeward.start(
                environment(),
                line -> {},
                "serve",
                "--data-dir",
                dataDirectory().toString(),
                "--server.port=" + port,
                "--homeward.allocation.acceptance-silent-after=10s",
                "--homeward.allocation.acceptance-check-interval=2s",
                "--homeward.allocation.run-silent-after=10s",
                "--homeward.allocation.run-check-interval=2s");
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (server.output().stream().noneMatch(line -> line.contains("Started HomewardApplication"))
                && server.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(server.isAlive())
                .as("server " + name + ": " + String.join("\n", server.output()))
                .isTrue();
        PORTS.put(server, port);
        return server;
    }

    private static final Map<ChildHomeward, Integer> PORTS = new HashMap<>();

    private static int port(ChildHomeward server) {
        return PORTS.get(server);
    }

    /** A household of one, unlike every other one the test registers, as the API takes it. */
    private static String household(Random random, int number) {
        String given = latin(random, 6);
        String family = latin(random, 8);
        return """
                {"registrationSite": "Masnaa crossing",
                 "journey": {"returnType": "REFUGEE", "originCountry": "LBN", "crossingPoint": "MASNAA",
                             "destinationPcode": "%s"},
                 "members": [{"relationship": "PRINCIPAL", "givenNameLatin": "%s", "fatherNameLatin": "%s",
                              "familyNameLatin": "%s", "sex": "%s", "birthDate": "%d-0%d-1%d",
                              "documentType": "NATIONAL_ID", "documentNumber": "%d"}]}""".formatted(
                        DARAYA,
                        given,
                        latin(random, 5),
                        family,
                        number % 2 == 0 ? "F" : "M",
                        1950 + random.nextInt(50),
                        1 + random.nextInt(9),
                        random.nextInt(9),
                        10_000_000 + random.nextInt(89_999_999));
    }

    private static String latin(Random random, int length) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            name.append("aeioubdfghklmnrstz".charAt(random.nextInt(18)));
        }
        return name.toString();
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as(json).isTrue();
        return value.group(1);
    }

    /** A browser's session cookie, sent to whichever server the test names, as a load balancer would. */
    private static final class Session {

        private String cookie;
        private String csrf;

        static Session anonymous() {
            return new Session();
        }

        static Session signIn(int port) throws Exception {
            Session session = new Session();
            HttpResponse<String> login =
                    session.postForm(port, "/login", "/login", Map.of("username", COORDINATOR, "password", PASSWORD));
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
            session.get(port, "/"); // signing in renews the CSRF token
            return session;
        }

        HttpResponse<String> get(int port, String path) throws Exception {
            HttpResponse<String> response =
                    send(request(port, path).header("Accept", "text/html").GET());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1) != null ? token.group(1) : token.group(2);
            }
            return response;
        }

        HttpResponse<String> postForm(int port, String path, String formPage, Map<String, String> form)
                throws Exception {
            get(port, formPage);
            StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            form.forEach((name, value) ->
                    body.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(request(port, path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        HttpResponse<String> postJson(int port, String path, String json) throws Exception {
            if (csrf == null) {
                get(port, "/");
            }
            return send(request(port, path)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-CSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpRequest.Builder request(int port, String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            return cookie == null ? builder : builder.header("Cookie", cookie);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(value -> value.startsWith("HOMEWARD_SESSION="))
                    .findFirst()
                    .ifPresent(value -> cookie = value.substring(0, value.indexOf(';')));
            return response;
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = postgres.connectAsSuperuser("homeward");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** What both servers are given: one database URL, its two roles and one audit key. */
    private static Map<String, String> environment() {
        return Map.of(
                "HOMEWARD_DATABASE_URL",
                postgres.url("homeward"),
                "HOMEWARD_DATABASE_USERNAME",
                "homeward_app",
                "HOMEWARD_DATABASE_PASSWORD",
                APPLICATION_PASSWORD,
                "HOMEWARD_DATABASE_OWNER_USERNAME",
                "homeward_owner",
                "HOMEWARD_DATABASE_OWNER_PASSWORD",
                OWNER_PASSWORD,
                "HOMEWARD_AUDIT_KEY",
                AUDIT_KEY);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Path dataDirectory() throws IOException {
        Path data = Path.of("target/test-data/two-servers-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(data.getParent());
        return Files.createDirectory(
                data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
