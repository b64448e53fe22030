package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Attacks on the running application: each refused, nothing stored, no 500, and recorded where it should be. */
@HomewardTest
class AttackSuiteIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** A browser-like client with its own cookie jar, not following redirects. */
    private HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(HttpClient client, String path, String form) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrfOf(HttpClient client, String page) throws Exception {
        Matcher matcher = CSRF.matcher(get(client, page).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void user(String name, Role role) {
        TestUsers.ensure(users, name, role, "attack suite password", null, List.of(ScopeGrant.parse("area:SY02")));
    }

    private HttpClient signedIn(String name) throws Exception {
        HttpClient client = browser();
        String token = csrfOf(client, "/login");
        HttpResponse<String> login =
                postForm(client, "/login", "username=" + name + "&password=attack+suite+password&_csrf=" + token);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        user("csrf.officer", Role.REGISTRATION_OFFICER);
        HttpClient client = signedIn("csrf.officer");
        long before =
                jdbc.sql("SELECT count(*) FROM household").query(Long.class).single();
        HttpResponse<String> forged = postForm(
                client,
                "/households",
                "returnType=REFUGEE&originCountry=LBN"
                        + "&destinationPcode=SY020000&members%5B0%5D.relationship=PRINCIPAL&members%5B0%5D.givenNameLatin=Forged"
                        + "&members%5B0%5D.sex=M");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM household").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void signingInGivesANewSessionSoAPlantedOneIsWorthless() throws Exception {
        user("fixation.officer", Role.REGISTRATION_OFFICER);
        HttpClient client = browser();
        get(client, "/login");
        String planted = sessionOf(client);
        String token = csrfOf(client, "/login");
        postForm(client, "/login", "username=fixation.officer&password=attack+suite+password&_csrf=" + token);
        assertThat(sessionOf(client)).isNotNull().isNotEqualTo(planted);
    }

    private static String sessionOf(HttpClient client) {
        return ((java.net.CookieManager) client.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(cookie -> cookie.getName().equals("HOMEWARD_SESSION"))
                        .map(java.net.HttpCookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    @Test
    void bruteForceFromAStrangerIsSlowedAndRecordedButNeverLocksTheRealUserOut() throws Exception {
        user("brute.target", Role.REGISTRATION_OFFICER);
        FromAddress stranger = new FromAddress("127.0.0.6", port);
        List<Integer> answers = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            FromAddress.Answer answer = stranger.get(
                    "/api/v1/households?name=x", FromAddress.basic("brute.target", "guess number " + attempt));
            answers.add(answer.status());
            if (answer.status() == 429) {
                assertThat(answer.body()).contains("LOGIN_THROTTLED");
                assertThat(answer.headers()).containsKey("retry-after");
            }
        }
        assertThat(answers).containsOnly(401, 429).contains(429);
        assertThat(answers.subList(0, 3)).containsOnly(401);
        assertThat(audit.query("brute.target", "user", "brute.target", null, null, 20))
                .filteredOn(entry -> entry.action().equals("LOGIN_FAILED"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(new ApiClient(port, "brute.target", "attack suite password")
                        .search("x")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndEchoNoScript() throws Exception {
        user("xss.officer", Role.REGISTRATION_OFFICER);
        HttpClient client = signedIn("xss.officer");
        HttpResponse<String> page = postForm(
                client,
                "/households/search",
                "name=%3Cscript%3Ealert(1)%3C/script%3E%22%3E&_csrf=" + csrfOf(client, "/households"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String cookie =
                get(browser(), "/login").headers().allValues("Set-Cookie").toString();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
    }

    @Test
    void pathTraversalAndForeignIdsFindNothing() throws Exception {
        user("traversal.officer", Role.REGISTRATION_OFFICER);
        ApiClient api = new ApiClient(port, "traversal.officer", "attack suite password");
        assertThat(api.get("/api/v1/households/..%2F..%2Fetc%2Fpasswd").status())
                .isBetween(400, 404);
        assertThat(api.get("/api/v1/places/..%2F..%2Fetc%2Fpasswd").status()).isBetween(400, 404);
        assertThat(api.get("/webjars/../application.yml").status()).isBetween(400, 404);
        assertThat(api.get("/api/v1/households/00000000-0000-0000-0000-000000000001")
                        .status())
                .isEqualTo(404);
    }
}
