package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.homeward.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The actuator on its own port, as an operator sets it up for a Prometheus scraper on the same
 * machine: the metrics and probes answer there, bound to the loopback address, and the
 * application's public port still refuses the metrics to anyone not signed in.
 */
class ManagementPortIT {

    @Test
    void theManagementPortServesMetricsOnTheLoopbackAddressOnly() throws Exception {
        try (ConfigurableApplicationContext context = TestApplication.start(
                Path.of("target/test-data/management-port"),
                true,
                "--management.server.port=0",
                "--management.server.address=127.0.0.1")) {
            int management = Integer.parseInt(context.getEnvironment().getProperty("local.management.port"));
            int application = TestApplication.port(context);
            assertThat(management).isNotEqualTo(application);

            HttpResponse<String> metrics = get("127.0.0.1", management, "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains(
                            "homeward_registrations_total", "homeward_duplicates_open", "hikaricp_connections_active");
            assertThat(get("127.0.0.1", management, "/actuator/health/readiness")
                            .body())
                    .contains("\"status\":\"UP\"");

            HttpResponse<String> publicPort = get("127.0.0.1", application, "/actuator/prometheus");
            assertThat(publicPort.statusCode()).isNotEqualTo(200);
            assertThat(publicPort.body()).doesNotContain("homeward_registrations_total");
        }
    }

    private static HttpResponse<String> get(String host, int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
