package org.homeward.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserProblemException;
import org.homeward.access.UserService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every link of the menu and of the start page that a role is shown opens for that role. */
@HomewardTest
class NavigationLinksIT {

    private static final String PASSWORD = "navigation test password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern MENU = Pattern.compile("<nav class=\"mainnav\">(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern TILES = Pattern.compile("<div class=\"tiles\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");

    @Autowired
    UserService users;
    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(Role.class)
    void noLinkARoleIsShownAnswersForbidden(Role role) throws Exception {
        String username = "nav." + role.cliName();
        try {
            users.create(username, role, PASSWORD, "Test NGO");
        } catch (UserProblemException exists) {
            // created by an earlier run on the same database
        }
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = get(http, "/login").body();
        Matcher token = CSRF.matcher(loginPage);
        assertThat(token.find()).isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                        + "&username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        String home = get(http, "/").body();
        Set<String> links = new LinkedHashSet<>();
        for (Pattern part : List.of(MENU, TILES)) {
            Matcher section = part.matcher(home);
            assertThat(section.find()).as("the start page has its %s", part.pattern()).isTrue();
            Matcher href = HREF.matcher(section.group(1));
            while (href.find()) {
                links.add(href.group(1));
            }
        }
        assertThat(links).as("a signed-in %s is shown somewhere to go", role).isNotEmpty();
        List<String> refused = new ArrayList<>();
        for (String link : links) {
            int status = get(http, link).statusCode();
            if (status != 200) {
                refused.add(link + " -> " + status);
            }
        }
        assertThat(refused).as("links shown to %s", role).isEmpty();
        if (role == Role.ANALYST) {
            assertThat(links).doesNotContain("/households", "/households/new").contains("/statistics");
        }
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
