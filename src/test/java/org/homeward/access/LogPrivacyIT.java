package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.registry.HouseholdFixturesForLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A whole registration, search, failure and reveal at the most talkative log level leaves no personal data in any log. */
@HomewardTest
@TestPropertySource(properties = {"logging.level.root=INFO", "logging.level.org.homeward=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIT {

    private static final String NAME = "Qutaybaxx";
    private static final String PHONE = "+963944777123";
    private static final String DOCUMENT = "LOGDOC-4471";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void noNamePhoneOrDocumentReachesTheApplicationOrDatabaseLogs(CapturedOutput output) throws Exception {
        TestUsers.ensure(
                users,
                "log.officer",
                Role.REGISTRATION_OFFICER,
                "log privacy password",
                null,
                List.of(ScopeGrant.parse("area:SY02")));
        ApiClient api = new ApiClient(port, "log.officer", "log privacy password");
        Map<String, Object> household = HouseholdFixturesForLogs.single(NAME, PHONE, DOCUMENT);
        var registered = api.post("/api/v1/households", household);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        api.search(NAME);
        api.post("/api/v1/households/search", Map.of("phone", PHONE.substring(1)));
        api.get("/api/v1/households?name=" + NAME);
        api.post("/api/v1/households", household);
        api.post("/api/v1/households", "{\"members\": [{\"givenNameLatin\": \"" + NAME + "\", \"sex\": 7");
        api.post(
                "/api/v1/households/" + id + "/members/"
                        + registered.json().get("members").get(0).get("id").asString() + "/reveal",
                Map.of("reason", "log test"));
        api.put("/api/v1/households/" + id, Map.of("version", 99, "members", List.of()));
        new ApiClient(port, NAME, PHONE).search("x");

        String postgresLog = Files.readString(Path.of("target/test-data/shared/postgres.log"));
        for (String secret : List.of(NAME, PHONE, PHONE.substring(4), DOCUMENT)) {
            assertThat(output.getAll()).as("application log").doesNotContain(secret);
            assertThat(postgresLog).as("database log").doesNotContain(secret);
        }
        assertThat(output.getAll()).contains("Started");
    }
}
