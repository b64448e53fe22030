package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.PageSession;
import org.homeward.TestApplication;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Figures read from a real streaming replica: a primary and a hot standby made with
 * {@code pg_basebackup -R -X stream}, each a PostgreSQL server of its own, and Homeward given both.
 * The dashboard follows the replica (old figures and a warning in both languages while its replay is
 * paused, caught up once it resumes), while writes and a household's page stay on the primary, and
 * the figures fall back to the primary when the replica stops.
 */
class ReplicaIT {

    private static final String PASSWORD = "replica test password";
    private static final String OWNER_PASSWORD = SeparatePostgresServer.randomSecret();
    private static final String APPLICATION_PASSWORD = SeparatePostgresServer.randomSecret();
    private static final String REPLICATION_PASSWORD = SeparatePostgresServer.randomSecret();
    private static final Pattern PENDING_HEADLINE =
            Pattern.compile("id=\"headline-3\".*?class=\"count[^\"]*\"[^>]*>([^<]*)<", Pattern.DOTALL);
    private static final long DEADLINE_NANOS = 120_000_000_000L;

    private static SeparatePostgresServer primary;
    private static SeparatePostgresServer standby;

    @BeforeAll
    static void startPrimaryAndStandby() throws Exception {
        primary = SeparatePostgresServer.start();
        try (Connection postgres = primary.connectAsSuperuser("postgres")) {
            execute(postgres, "CREATE ROLE homeward_owner LOGIN PASSWORD '" + OWNER_PASSWORD + "'");
            execute(postgres, "CREATE ROLE homeward_app LOGIN PASSWORD '" + APPLICATION_PASSWORD + "'");
            execute(postgres, "CREATE ROLE replicator LOGIN REPLICATION PASSWORD '" + REPLICATION_PASSWORD + "'");
            execute(postgres, "CREATE DATABASE homeward OWNER homeward_owner ENCODING 'UTF8'");
        }
        try (Connection homeward = primary.connectAsSuperuser("homeward")) {
            execute(homeward, "ALTER SCHEMA public OWNER TO homeward_owner");
            execute(homeward, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            execute(homeward, "REVOKE ALL ON DATABASE homeward FROM PUBLIC");
            execute(homeward, "GRANT CONNECT, TEMPORARY ON DATABASE homeward TO homeward_app");
        }
        standby = primary.standby("replicator", REPLICATION_PASSWORD);
    }

    @AfterAll
    static void stopServers() throws Exception {
        try {
            if (standby != null) {
                standby.close();
            }
        } finally {
            if (primary != null) {
                primary.close();
            }
        }
    }

    @Test
    void figuresFollowTheReplicaWhileWritesAndPeopleStayOnThePrimary() throws Exception {
        Path data = Path.of("target/test-data/replica-" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = TestApplication.start(
                data,
                true,
                "--spring.datasource.url=" + primary.url("homeward"),
                "--spring.datasource.username=homeward_app",
                "--spring.datasource.password=" + APPLICATION_PASSWORD,
                "--homeward.database.owner-username=homeward_owner",
                "--homeward.database.owner-password=" + OWNER_PASSWORD,
                "--homeward.replica.url=" + standby.url("homeward"),
                "--homeward.replica.lag-warning=PT1S",
                "--homeward.replica.retry-after=PT2S",
                "--homeward.statistics.refresh.interval=1s")) {
            int port = TestApplication.port(app);
            UserService users = app.getBean(UserService.class);
            users.create("officer.replica", Role.REGISTRATION_OFFICER, PASSWORD, "Field office");
            users.setScopes("officer.replica", List.of(ScopeGrant.parse("area:SY02")));
            users.create("analyst.replica", Role.ANALYST, PASSWORD, "Information management");
            users.create("admin.replica", Role.ADMIN, PASSWORD, null);
            ApiClient officer = new ApiClient(port, "officer.replica", PASSWORD);
            PageSession officerPages = PageSession.signIn(port, "officer.replica", PASSWORD);
            PageSession analyst = PageSession.signIn(port, "analyst.replica", PASSWORD);
            PageSession admin = PageSession.signIn(port, "admin.replica", PASSWORD);

            register(officer, 0);
            register(officer, 1);
            String caughtUp = awaitDashboard(analyst, "en", page -> "10".equals(pending(page)) && !lagging(page));
            assertThat(caughtUp).contains("id=\"figures-as-of\"").contains("Figures as of");

            try (Connection replay = standby.connectAsSuperuser("homeward")) {
                execute(replay, "SELECT pg_wal_replay_pause()");
                awaitPaused(replay);

                Registered registered = register(officer, 2);
                HttpResponse<String> household = officerPages.get("/households/" + registered.id());
                assertThat(household.statusCode())
                        .as("the household registered a moment ago, read from the primary")
                        .isEqualTo(200);
                assertThat(household.body()).contains(registered.reference());
                awaitPrimaryPendingIndividuals(15);

                String english = awaitDashboard(analyst, "en", ReplicaIT::lagging);
                assertThat(pending(english)).as("the replica's old figure").isEqualTo("10");
                assertThat(english).contains("behind the registry");
                String arabic = awaitDashboard(analyst, "ar", ReplicaIT::lagging);
                assertThat(pending(arabic)).isIn("10", "١٠");
                assertThat(arabic).contains("متأخرة عن السجل").contains("الأرقام محدَّثة حتى");

                HttpResponse<String> table =
                        analyst.getAccepting("/api/v1/statistics/returns?stage=pending", "application/json");
                assertThat(table.headers().firstValue("Homeward-Figures-Lagging"))
                        .contains("true");
                assertThat(table.headers().firstValue("Homeward-Figures-As-Of")).isPresent();
                assertThat(ApiClient.json()
                                .readTree(table.body())
                                .get("total")
                                .get("value")
                                .asLong())
                        .isEqualTo(10);
                HttpResponse<String> metrics = admin.getAccepting("/actuator/prometheus", "text/plain");
                Matcher lag = Pattern.compile("(?m)^homeward_replica_lag_seconds(?:\\{[^}]*})? ([0-9.]+)")
                        .matcher(metrics.body());
                assertThat(lag.find()).as(metrics.body()).isTrue();
                assertThat(Double.parseDouble(lag.group(1))).isGreaterThanOrEqualTo(1.0);
                assertThat(PageSession.anonymous(port)
                                .getAccepting("/actuator/health/readiness", "application/json")
                                .statusCode())
                        .as("a lagging replica leaves the application ready")
                        .isEqualTo(200);

                execute(replay, "SELECT pg_wal_replay_resume()");
            }
            String resumed = awaitDashboard(analyst, "en", page -> "15".equals(pending(page)) && !lagging(page));
            assertThat(resumed).doesNotContain("behind the registry");

            register(officer, 3);
            standby.close();
            standby = null;
            String fallen = awaitDashboard(analyst, "en", page -> "20".equals(pending(page)));
            assertThat(fallen).contains("The replica does not answer");
        }
    }

    private record Registered(String id, String reference) {}

    /** Four families of five that share no one, so that the duplicate check lets each through. */
    private static final String[][] FAMILIES = {
        {"الحموي", "Al-Hamwi", "خالد", "Khaled", "سمر", "Samar", "1971"},
        {"الحلبي", "Al-Halabi", "يوسف", "Yousef", "رنا", "Rana", "1980"},
        {"الشامي", "Al-Shami", "عمر", "Omar", "هدى", "Huda", "1987"},
        {"الإدلبي", "Al-Idlibi", "سامر", "Samer", "ليلى", "Layla", "1993"}
    };

    private static final String[][] CHILDREN = {{"نور", "Nour", "F"}, {"زيد", "Zaid", "M"}, {"ريم", "Reem", "F"}};

    private static Map<String, Object> family(int number) {
        String[] names = FAMILIES[number];
        int born = Integer.parseInt(names[6]);
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(HouseholdFixtures.member(
                "PRINCIPAL",
                names[2],
                names[3],
                "إبراهيم",
                "Ibrahim",
                names[0],
                names[1],
                "M",
                born + "-02-1" + number,
                null,
                List.of()));
        members.add(HouseholdFixtures.member(
                "SPOUSE",
                names[4],
                names[5],
                "سليم",
                "Salim",
                names[0],
                names[1],
                "F",
                (born + 2) + "-06-2" + number,
                null,
                List.of()));
        for (int child = 0; child < CHILDREN.length; child++) {
            members.add(HouseholdFixtures.member(
                    child == 1 ? "SON" : "DAUGHTER",
                    CHILDREN[child][0],
                    CHILDREN[child][1],
                    names[2],
                    names[3],
                    names[0],
                    names[1],
                    CHILDREN[child][2],
                    (born + 20 + child) + "-0" + (child + 1) + "-0" + (number + 1),
                    null,
                    List.of()));
        }
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive(names[1], names[0]));
        household.put("members", members);
        return household;
    }

    private static Registered register(ApiClient officer, int number) {
        Answer registered = officer.post("/api/v1/households", family(number));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return new Registered(
                registered.json().get("id").asString(),
                registered.json().get("reference").asString());
    }

    /** The dashboard once it satisfies the condition, polled with a generous deadline; fails with the last page. */
    private static String awaitDashboard(PageSession session, String language, Predicate<String> ready)
            throws Exception {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        String page = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = session.get("/statistics?lang=" + language);
            assertThat(response.statusCode()).isEqualTo(200);
            page = response.body();
            if (ready.test(page)) {
                return page;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the dashboard never reached the expected state; last page:\n" + page);
    }

    private static void awaitPaused(Connection standbyConnection) throws Exception {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (!"paused".equals(string(standbyConnection, "SELECT pg_get_wal_replay_pause_state()"))) {
            assertThat(System.nanoTime()).as("replay pauses").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Waits until the primary's own summary counts the individuals: the change the replica has not replayed. */
    private static void awaitPrimaryPendingIndividuals(long individuals) throws Exception {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        try (Connection connection = primary.connectAsSuperuser("homeward")) {
            while (!String.valueOf(individuals).equals(string(connection, """
                    SELECT coalesce(sum(individuals), 0)::text FROM statistics_cell
                    WHERE stage = 'PENDING' AND breakdown = 'total' AND area_level = 1 AND grain = 'D'"""))) {
                assertThat(System.nanoTime())
                        .as("the primary's summary counts %d", individuals)
                        .isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    private static String pending(String page) {
        Matcher count = PENDING_HEADLINE.matcher(page);
        return count.find() ? count.group(1).strip() : "";
    }

    private static boolean lagging(String page) {
        return page.contains("id=\"figures-lagging\"");
    }

    private static String string(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
