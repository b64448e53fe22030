package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.RawHttp;
import org.homeward.TestUsers;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attacks on the limits of what a request may carry: bodies too large however they are sent,
 * control characters, nulls in lists, lists too long and pages beyond reach. Each is a 4xx
 * problem naming what is at fault, never a 500, and stores nothing.
 */
@HomewardTest
class LimitsAttackIT {

    private static final String PASSWORD = "limits attack password";
    private static final long MIB = 1024 * 1024;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    ApiClient officer;
    ApiClient coordinator;
    long householdsBefore;

    @BeforeEach
    void signIn() {
        user("limits.officer", Role.REGISTRATION_OFFICER);
        user("limits.coordinator", Role.COORDINATOR);
        officer = new ApiClient(port, "limits.officer", PASSWORD);
        coordinator = new ApiClient(port, "limits.coordinator", PASSWORD);
        householdsBefore = households();
    }

    private void user(String name, Role role) {
        TestUsers.ensure(users, name, role, PASSWORD, null);
    }

    private long households() {
        return jdbc.sql("SELECT count(*) FROM household").query(Long.class).single();
    }

    private static String basic(String user) {
        return "Authorization: Basic "
                + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private String head(String path, String type, String length) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + basic("limits.officer")
                + "Content-Type: " + type + "\r\nAccept: application/json\r\n" + length + "\r\n";
    }

    @Test
    void aChunkedHundredMebibyteBodyIsRefusedLongBeforeItsEnd() throws Exception {
        byte[] start = "{\"registrationSite\":\"".getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = RawHttp.send(
                port,
                head("/api/v1/households", "application/json", "Transfer-Encoding: chunked\r\n"),
                true,
                start,
                100 * MIB);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.head()).containsIgnoringCase("application/problem+json");
        // The answer came while the client was still sending: the server read a small part only.
        assertThat(reply.bodyBytesSent()).isLessThan(20 * MIB);
        assertThat(households()).isEqualTo(householdsBefore);
    }

    @Test
    void aContentLengthThatLiesGetsNoMoreThroughThanTheLimit() throws Exception {
        byte[] start = "{\"registrationSite\":\"".getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply shortClaim = RawHttp.send(
                port,
                head(
                        "/api/v1/households",
                        "application/json",
                        "Content-Length: 1000\r\nTransfer-Encoding: chunked\r\n"),
                true,
                start,
                30 * MIB);
        assertThat(shortClaim.status()).isBetween(400, 413);
        assertThat(shortClaim.bodyBytesSent()).isLessThan(20 * MIB);
        RawHttp.Reply cutShort = RawHttp.send(
                port,
                head("/api/v1/households", "application/json", "Content-Length: " + 512 * 1024 + "\r\n"),
                false,
                start,
                512 * 1024);
        assertThat(cutShort.status()).isEqualTo(400);
        assertThat(households()).isEqualTo(householdsBefore);
    }

    @Test
    void aNinetyMegabyteUploadIsA413WhetherItsLengthIsToldOrNot() throws Exception {
        String boundary = "limitsboundary";
        byte[] part = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"centres.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        String type = "multipart/form-data; boundary=" + boundary;
        String told = head("/api/v1/centres/import", type, "Content-Length: " + 90_000_000 + "\r\n")
                .replace(basic("limits.officer"), basic("limits.coordinator"));
        RawHttp.Reply declared = RawHttp.send(port, told, false, part, 90_000_000);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.bodyBytesSent()).isLessThan(20 * MIB);
        String untold = head("/api/v1/centres/import", type, "Transfer-Encoding: chunked\r\n")
                .replace(basic("limits.officer"), basic("limits.coordinator"));
        RawHttp.Reply streamed = RawHttp.send(port, untold, true, part, 90_000_000);
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(streamed.head()).containsIgnoringCase("application/problem+json");
    }

    @Test
    void aNulInANameIsA400NamingTheField() {
        Map<String, Object> household = withMember(0, "givenNameLatin", "Moha\u0000mmad");
        Answer answer = officer.post("/api/v1/households", household);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("TEXT_CONTROL_CHARACTER");
        assertThat(answer.json().get("errors").findValuesAsString("field"))
                .containsExactly("members[0].givenNameLatin");
        Answer site = officer.post("/api/v1/households", "{\"registrationSite\":\"Masnaa\\u001b[2J\"}");
        assertThat(site.json().get("errors").findValuesAsString("field")).containsExactly("registrationSite");
        assertThat(households()).isEqualTo(householdsBefore);
    }

    @Test
    void aNullInsideAListIsA400NamingTheList() {
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive("Al-Nulli", "النلي"));
        List<Object> members = new ArrayList<>((List<?>) household.get("members"));
        members.add(null);
        household.put("members", members);
        for (String path : List.of("/api/v1/households", "/api/v1/households/likely-duplicates")) {
            Answer answer = officer.post(path, household);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().get("code").asString()).isEqualTo("NULL_ELEMENT");
            assertThat(answer.json().get("errors").findValuesAsString("field").get(0))
                    .startsWith("members");
        }
        Answer needs =
                officer.post("/api/v1/households", withMember(1, "specificNeeds", java.util.Arrays.asList("PL", null)));
        assertThat(needs.status()).isEqualTo(400);
        assertThat(needs.json().get("errors").findValuesAsString("field").get(0))
                .startsWith("members[1].specificNeeds");
        assertThat(households()).isEqualTo(householdsBefore);
    }

    @Test
    void aListLongerThanAnyRealOneIsA400NamingIt() {
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive("Al-Kathir", "الكثير"));
        List<Object> members = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            members.addAll((List<?>) household.get("members"));
        }
        household.put("members", members);
        for (String path : List.of("/api/v1/households", "/api/v1/households/likely-duplicates")) {
            Answer answer = officer.post(path, household);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().get("code").asString()).isEqualTo("TOO_MANY_ELEMENTS");
            assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly("members");
        }
        assertThat(households()).isEqualTo(householdsBefore);
    }

    @Test
    void pagesAndSizesBeyondReachAreA400NamingTheParameter() {
        for (String query :
                List.of("page=2147483647", "page=-1", "size=-5", "size=99999999999", "size=0", "page=1e3")) {
            for (String path : List.of("/api/v1/centres/XYZ/stays?", "/api/v1/centres/XYZ/bookings?")) {
                Answer answer = coordinator.get(path + query);
                assertThat(answer.status()).as(path + query).isEqualTo(400);
                assertThat(answer.json().get("code").asString()).isEqualTo("PARAMETER_OUT_OF_RANGE");
                assertThat(answer.json().get("errors").findValuesAsString("field"))
                        .containsExactly(query.substring(0, query.indexOf('=')));
            }
        }
        for (Map<String, Object> paging : List.<Map<String, Object>>of(
                Map.of("page", Integer.MAX_VALUE),
                Map.of("page", -1),
                Map.of("size", -5),
                Map.of("size", 0),
                Map.of("size", 1_000_000))) {
            Map<String, Object> body = new java.util.HashMap<>(paging);
            body.put("name", "x");
            Answer answer = coordinator.post("/api/v1/households/search", body);
            assertThat(answer.status()).as(paging.toString()).isEqualTo(400);
            assertThat(answer.json().get("code").asString()).isEqualTo("PARAMETER_OUT_OF_RANGE");
            assertThat(answer.json().get("errors").findValuesAsString("field"))
                    .containsExactly(paging.keySet().iterator().next());
        }
        assertThat(coordinator
                        .post("/api/v1/households/search", Map.of("name", "x", "page", 1_000_000, "size", 1000))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aFormNamingAListIndexBeyondAnyRealOneIsA400() throws Exception {
        org.homeward.PageSession page = org.homeward.PageSession.signIn(port, "limits.officer", PASSWORD);
        var answer = page.post(
                "/households",
                "/households/new",
                Map.of(
                        "returnType",
                        "REFUGEE",
                        "members[0].relationship",
                        "PRINCIPAL",
                        "members[5000].givenNameLatin",
                        "Far",
                        "members[0].sex",
                        "M"));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(households()).isEqualTo(householdsBefore);
    }

    private static Map<String, Object> withMember(int index, String field, Object value) {
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي"));
        List<Object> members = new ArrayList<>((List<?>) household.get("members"));
        @SuppressWarnings("unchecked")
        Map<String, Object> member = new HashMap<>((Map<String, Object>) members.get(index));
        member.put(field, value);
        members.set(index, member);
        household.put("members", members);
        return household;
    }
}
