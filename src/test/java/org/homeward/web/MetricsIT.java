package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operators' metrics and the load balancer's probes on the application's own port: Prometheus
 * text for an administrator only, with Homeward's own gauges and counters beside the request and
 * database-pool metrics; liveness and readiness for anyone, without details.
 */
@HomewardTest
class MetricsIT {

    private static final String PASSWORD = "metrics password one";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @BeforeEach
    void accounts() {
        create("metrics.admin", Role.ADMIN);
        create("metrics.officer", Role.REGISTRATION_OFFICER);
        users.setScopes("metrics.officer", java.util.List.of(org.homeward.access.ScopeGrant.parse("area:SY02")));
    }

    @Test
    void anAdministratorReadsHomewardsMetricsAndARegistrationCounts() throws Exception {
        PageSession admin = PageSession.signIn(port, "metrics.admin", PASSWORD);
        HttpResponse<String> before = admin.getAccepting("/actuator/prometheus", "text/plain");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body())
                .contains(
                        "homeward_duplicates_open",
                        "homeward_statistics_refresh_age_seconds",
                        "homeward_statistics_days_waiting",
                        "hikaricp_connections_active",
                        "jvm_memory_used_bytes");
        double registered = registrations(before.body());

        ApiClient.Answer created = new ApiClient(port, "metrics.officer", PASSWORD)
                .post("/api/v1/households", HouseholdFixtures.familyOfFive("Al-Miqyas", "المقياس"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        String after = admin.getAccepting("/actuator/prometheus", "text/plain").body();
        assertThat(registrations(after)).isEqualTo(registered + 1);
        assertThat(after)
                .contains("http_server_requests_seconds_bucket")
                .contains("uri=\"/api/v1/households\"")
                .doesNotContain("Al-Miqyas")
                .doesNotContain("المقياس");
    }

    @Test
    void nobodyElseReadsTheMetrics() throws Exception {
        HttpResponse<String> anonymous = plainGet("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("homeward_");
        HttpResponse<String> officer = PageSession.signIn(port, "metrics.officer", PASSWORD)
                .getAccepting("/actuator/prometheus", "text/plain");
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(officer.body()).doesNotContain("homeward_registrations");
    }

    @Test
    void theLoadBalancerProbesAnswerWithoutSigningInAndWithoutDetails() throws Exception {
        for (String probe :
                new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            HttpResponse<String> answer = plainGet(probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body())
                    .as(probe)
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("components")
                    .doesNotContain("jdbc");
        }
    }

    private static double registrations(String metrics) {
        Matcher single = Pattern.compile("(?m)^homeward_registrations_total\\{channel=\"single\"[^}]*} ([0-9.E]+)$")
                .matcher(metrics);
        assertThat(single.find())
                .as("the single registrations counter in%n%s", metrics)
                .isTrue();
        return Double.parseDouble(single.group(1));
    }

    private HttpResponse<String> plainGet(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private void create(String username, Role role) {
        TestUsers.ensure(users, username, role, PASSWORD, null);
    }
}
