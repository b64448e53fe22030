package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Unknown addresses, pages a role may not open and wrong methods, walked over the real server in
 * English and Arabic for every role: each answers the application's own translated error page with
 * the right status (right-to-left in Arabic, with the menu for a signed-in user), never Spring's
 * "Whitelabel" page; API addresses keep answering RFC 9457 problem details.
 */
@HomewardTest
class ErrorPagesIT {

    private static final String PASSWORD = "error pages password 1";
    /** For each role, a page it may not open (administrators may open every page). */
    private static final Map<Role, String> FORBIDDEN = Map.of(
            Role.REGISTRATION_OFFICER, "/admin/users",
            Role.RECEPTION_MANAGER, "/allocation",
            Role.COORDINATOR, "/admin/audit",
            Role.ANALYST, "/households",
            Role.DOCUMENTATION_CASE_WORKER, "/allocation");

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleGetsTheTranslatedErrorPageForUnknownAndForbiddenPages(Role role) throws Exception {
        String username = "errors." + role.cliName();
        TestUsers.ensure(users, username, role, PASSWORD, "Test NGO");
        PageSession session = PageSession.signIn(port, username, PASSWORD);
        List<String> failures = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            session.get("/?lang=" + language);
            expectPage(session.get("/no-such-page/anywhere"), 404, language, true, failures);
            expectPage(
                    session.get("/households/not-a-household-id"),
                    role == Role.ANALYST || role == Role.DOCUMENTATION_CASE_WORKER ? 403 : 404,
                    language,
                    true,
                    failures);
            expectPage(session.post("/", "/", Map.of()), 405, language, true, failures);
            if (FORBIDDEN.containsKey(role)) {
                expectPage(session.get(FORBIDDEN.get(role)), 403, language, true, failures);
            }
        }
        assertThat(failures).as("%s", role).isEmpty();
    }

    @Test
    void anAnalystOpeningSearchGetsTheArabicForbiddenPageWithTheMenu() throws Exception {
        String username = "errors." + Role.ANALYST.cliName();
        TestUsers.ensure(users, username, Role.ANALYST, PASSWORD, "Test NGO");
        PageSession session = PageSession.signIn(port, username, PASSWORD);
        session.get("/?lang=ar");
        HttpResponse<String> page = session.get("/households");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body())
                .contains("غير مسموح")
                .contains("دورك لا يسمح بهذا.")
                .contains("class=\"mainnav\"")
                .contains("dir=\"rtl\"")
                .doesNotContain("Whitelabel");
    }

    @Test
    void anonymousVisitorsGetAPlainTranslatedPageWithoutTheMenu() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String language : List.of("en", "ar")) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/css/no-such-file.css?lang=" + language))
                            .header("Accept", "text/html")
                            .header("Cookie", "homeward-lang=" + language)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body())
                    .contains("id=\"error-page\"")
                    .contains("id=\"error-login\"")
                    .doesNotContain("class=\"mainnav\"")
                    .doesNotContain("Whitelabel")
                    .contains(language.equals("ar") ? "dir=\"rtl\"" : "dir=\"ltr\"")
                    .contains(language.equals("ar") ? "الصفحة غير موجودة" : "Page not found");
        }
    }

    @Test
    void apiAddressesKeepAnsweringProblemDetails() throws Exception {
        String username = "errors." + Role.ANALYST.cliName();
        TestUsers.ensure(users, username, Role.ANALYST, PASSWORD, "Test NGO");
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unknown = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
                        .header("Authorization", basic)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("\"code\":\"NOT_FOUND\"").doesNotContain("Whitelabel");
        HttpResponse<String> forbidden = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                        .header("Authorization", basic)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("\"code\":\"ACCESS_DENIED\"");
    }

    private static void expectPage(
            HttpResponse<String> page, int status, String language, boolean signedIn, List<String> failures) {
        String where =
                language + " " + page.request().method() + " " + page.uri().getPath() + " -> " + page.statusCode();
        String body = page.body();
        if (page.statusCode() != status) {
            failures.add(where + " (expected " + status + ")");
        }
        if (body.contains("Whitelabel") || !body.contains("id=\"error-page\"")) {
            failures.add(where + " is not the application's error page");
        }
        if (!body.contains(language.equals("ar") ? "dir=\"rtl\"" : "dir=\"ltr\"")) {
            failures.add(where + " is not written " + (language.equals("ar") ? "right-to-left" : "left-to-right"));
        }
        String title = switch (status) {
            case 403 -> language.equals("ar") ? "غير مسموح" : "Not allowed";
            case 404 -> language.equals("ar") ? "الصفحة غير موجودة" : "Page not found";
            default -> language.equals("ar") ? "غير ممكن بهذه الطريقة" : "Not possible this way";
        };
        if (!body.contains(title)) {
            failures.add(where + " does not say \"" + title + "\"");
        }
        if (signedIn != body.contains("class=\"mainnav\"")) {
            failures.add(where + (signedIn ? " lacks" : " shows") + " the menu");
        }
    }
}
