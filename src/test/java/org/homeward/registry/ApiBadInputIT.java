package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad API requests: each gets a clear 4xx problem naming the fields at fault, never a 500, and nothing is stored. */
@HomewardTest
class ApiBadInputIT {

    private static final String PASSWORD = "bad input tester password";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    ApiClient api;
    long householdsBefore;

    @BeforeEach
    void signIn() {
        TestUsers.ensure(
                users, "bad.input", Role.REGISTRATION_OFFICER, PASSWORD, null, List.of(ScopeGrant.parse("area:SY02")));
        api = new ApiClient(port, "bad.input", PASSWORD);
        householdsBefore =
                jdbc.sql("SELECT count(*) FROM household").query(Long.class).single();
    }

    private void nothingStored() {
        assertThat(jdbc.sql("SELECT count(*) FROM household").query(Long.class).single())
                .isEqualTo(householdsBefore);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withPrincipal(String field, Object value) {
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي"));
        List<Map<String, Object>> members =
                new java.util.ArrayList<>((List<Map<String, Object>>) household.get("members"));
        Map<String, Object> principal = new HashMap<>(members.get(0));
        principal.put(field, value);
        members.set(0, principal);
        household.put("members", members);
        return household;
    }

    static Stream<Arguments> badMembers() {
        return Stream.of(
                Arguments.of("givenNameLatin", "x".repeat(10_000), "NAME_TOO_LONG"),
                Arguments.of("givenNameLatin", "Robert'); DROP TABLE household;--", "NAME_INVALID_CHARACTERS"),
                Arguments.of("familyNameAr", "<script>alert('x')</script>", "NAME_INVALID_CHARACTERS"),
                Arguments.of("birthDate", "2099-01-01", "BIRTH_DATE_IN_FUTURE"),
                Arguments.of("birthDate", "1985-02-30", "BIRTH_DATE_INVALID"),
                Arguments.of("sex", "robot", "SEX_INVALID"),
                Arguments.of("phone", "' OR '1'='1", "PHONE_INVALID"),
                Arguments.of("documentType", "CREDIT_CARD", "DOCUMENT_TYPE_INVALID"),
                Arguments.of("relationship", "", "RELATIONSHIP_MISSING"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badMembers")
    void namesTheMemberFieldAtFault(String field, String value, String code) {
        Answer answer = api.post("/api/v1/households", withPrincipal(field, value));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("x".repeat(100));
        assertThat(answer.json().get("errors").findValuesAsString("code")).contains(code);
        assertThat(answer.json().get("errors").findValuesAsString("field")).anyMatch(f -> f.startsWith("members[0]."));
        nothingStored();
    }

    @Test
    void unknownCodesInTheJourneyAreRefused() {
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي"));
        household.put(
                "journey",
                Map.of(
                        "returnType",
                        "REFUGEE",
                        "originCountry",
                        "Lebanon!",
                        "destinationPcode",
                        "../../etc",
                        "crossingPoint",
                        "<b>"));
        Answer answer = api.post("/api/v1/households", household);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("code"))
                .contains("ORIGIN_COUNTRY_UNKNOWN", "DESTINATION_UNKNOWN", "CROSSING_POINT_UNKNOWN");
        nothingStored();
    }

    @Test
    void malformedOrMisshapenBodiesAreA400() {
        assertThat(api.post("/api/v1/households", "{\"members\": [").status()).isEqualTo(400);
        Answer wrongShape = api.post("/api/v1/households", "{\"members\": \"everyone\"}");
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(wrongShape.json().get("code").asString()).isEqualTo("BODY_UNREADABLE");
        assertThat(api.post("/api/v1/households", "").status()).isEqualTo(400);
        nothingStored();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws java.io.IOException {
        // A bare socket: an ordinary client may lose the answer when the server closes the connection mid-body.
        String head = "POST /api/v1/households HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("bad.input:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nContent-Length: " + 50 * 1024 * 1024 + "\r\n\r\n";
        org.homeward.RawHttp.Reply reply = org.homeward.RawHttp.send(
                port,
                head,
                false,
                "{\"registrationSite\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                50 * 1024 * 1024);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.bodyBytesSent()).isLessThan(20 * 1024 * 1024);
        nothingStored();
    }

    @Test
    void badIdsAndParametersAreNot500() {
        assertThat(api.get("/api/v1/households/not-a-uuid").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/households/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/households/search", "{\"name\": \"x\", \"page\": \"abc\"}")
                        .status())
                .isEqualTo(400);
        Answer injection = api.search("' OR 1=1 --");
        assertThat(injection.status()).isEqualTo(200);
        assertThat(injection.json().get("total").asLong()).isZero();
        assertThat(api.search("%").json().get("total").asLong()).isZero();
    }

    @Test
    void aSearchWithItsCriteriaInTheUrlIsRefusedAndSaysHowToSearch() {
        Answer answer = api.get("/api/v1/households?name=x");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("SEARCH_CRITERIA_IN_URL");
        assertThat(answer.json().get("detail").asString()).contains("POST /api/v1/households/search");
    }
}
