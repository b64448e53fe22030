package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session on the pages, without a browser: signed in through the login form,
 * cookies kept, and the CSRF token of the last page sent with each form, as a person's browser would.
 */
public final class PageSession {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrf;

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the login form; fails the test when the form does not accept the user. */
    public static PageSession signIn(int port, String username, String password) throws Exception {
        PageSession session = new PageSession(port);
        HttpResponse<String> login =
                session.post("/login", "/login", Map.of("username", username, "password", password));
        assertThat(login.statusCode()).as("signing in %s", username).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse(""))
                .as("signing in %s", username)
                .doesNotContain("error");
        return session;
    }

    /** A session that has not signed in, as a visitor's browser before the login form. */
    public static PageSession anonymous(int port) {
        return new PageSession(port);
    }

    /** The page as HTML, redirects not followed. */
    public HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1) != null ? token.group(1) : token.group(2);
        }
        return response;
    }

    /** A non-page resource with this session's cookies, asking for the given media type (e.g. metrics text). */
    public HttpResponse<String> getAccepting(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the page with the form first, as a person would, which gives the current CSRF token, then sends the form. */
    public HttpResponse<String> post(String path, String formPage, Map<String, String> form) throws Exception {
        get(formPage);
        assertThat(csrf).as("a CSRF token on %s", formPage).isNotNull();
        StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        form.forEach((name, value) ->
                body.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
