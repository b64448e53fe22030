package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.ApplicationRoutes;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Goes through every route the application maps — registry, reception, allocation, statistics,
 * linkage and access, API and forms — with the inputs that used to be 500s: a control character
 * in each text field of each JSON body, a null in each list, a control character in a form field
 * and in a query parameter, and pages beyond reach. Every answer is a 400 naming the field.
 */
@HomewardTest
class RequestSweepIT {

    private static final String PASSWORD = "request sweep password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    UserService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    ApiClient admin;

    @BeforeEach
    void signIn() {
        TestUsers.ensure(users, "sweep.admin", Role.ADMIN, PASSWORD, null);
        admin = new ApiClient(port, "sweep.admin", PASSWORD);
    }

    private record Route(String method, String path, HandlerMethod handler) {}

    private List<Route> routes() {
        return ApplicationRoutes.of(mappings).stream()
                .map(route -> new Route(route.method(), concrete(route.pattern(), route.handler()), route.handler()))
                .toList();
    }

    /** The pattern with a value of the right type in each variable, so that the body is what is judged. */
    private static String concrete(String pattern, HandlerMethod handler) {
        Matcher variable = Pattern.compile("\\{\\*?([a-zA-Z]+)}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            Class<?> type = String.class;
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (variable.group(1).equals(parameter.getParameterName())) {
                    type = parameter.getParameterType();
                }
            }
            String value = type == java.util.UUID.class
                    ? "00000000-0000-0000-0000-000000000001"
                    : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "1" : "X1";
            variable.appendReplacement(path, value);
        }
        return variable.appendTail(path).toString();
    }

    @Test
    void everyTextAndListOfEveryJsonBodyRefusesControlCharactersAndNulls() {
        List<String> failures = new ArrayList<>();
        int probes = 0;
        for (Route route : routes()) {
            Class<?> body = jsonBody(route.handler());
            if (body == null) {
                continue;
            }
            for (Map.Entry<String, Object> probe : probes(body, "").entrySet()) {
                probes++;
                Answer answer = route.method().equals("PUT")
                        ? admin.put(route.path(), probe.getValue())
                        : admin.post(route.path(), probe.getValue());
                List<String> fields = answer.json().path("errors").findValuesAsString("field");
                if (answer.status() != 400 || fields.stream().noneMatch(field -> field.startsWith(probe.getKey()))) {
                    failures.add(route.method() + " " + route.path() + " " + probe.getKey() + " -> " + answer.status()
                            + " " + fields);
                }
            }
        }
        assertThat(probes).isGreaterThan(60);
        assertThat(failures).isEmpty();
    }

    private static Class<?> jsonBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)
                    && parameter.getParameterType().isRecord()) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    /** For each text and list inside a record (one level of nesting deep), a body with just that one gone bad. */
    private static Map<String, Object> probes(Class<?> type, String prefix) {
        Map<String, Object> probes = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            Class<?> kind = component.getType();
            if (kind == String.class) {
                probes.put(prefix + name, Map.of(name, "before\u0000after"));
            } else if (List.class.isAssignableFrom(kind)) {
                List<Object> withNull = new ArrayList<>();
                withNull.add(null);
                probes.put(prefix + name, Map.of(name, withNull));
                Class<?> element = elementType(component.getGenericType());
                if (element != null && element.isRecord() && prefix.isEmpty()) {
                    probes(element, name + "[0].")
                            .forEach((field, inner) -> probes.put(field, Map.of(name, List.of(inner))));
                } else if (element == String.class) {
                    probes.put(prefix + name + "[0]", Map.of(name, List.of("a\u0007b")));
                }
            } else if (kind.isRecord() && prefix.isEmpty()) {
                probes(kind, name + ".").forEach((field, inner) -> probes.put(field, Map.of(name, inner)));
            }
        }
        return probes;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    @Test
    void everyPageAndApiReadRefusesPagesBeyondReachAndControlCharactersInParameters() throws Exception {
        List<String> failures = new ArrayList<>();
        HttpClient browser = signedInBrowser();
        for (Route route : routes()) {
            if (!route.method().equals("GET")) {
                continue;
            }
            for (String query : List.of("page=2147483647", "size=-1", "q=a%00b", "name=%1B%5B2J")) {
                HttpResponse<String> answer = get(browser, route.path() + "?" + query);
                String field = query.substring(0, query.indexOf('='));
                if (answer.statusCode() != 400 || !answer.body().contains("\"field\":\"" + field + "\"")) {
                    failures.add("GET " + route.path() + "?" + query + " -> " + answer.statusCode());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyFormRefusesAControlCharacterInAnyFieldAndNeverAnswers500() throws Exception {
        HttpClient browser = signedInBrowser();
        String token = csrf(browser, "/households/new");
        List<String> failures = new ArrayList<>();
        int forms = 0;
        for (Route route : routes()) {
            if (!route.method().equals("POST") || route.path().startsWith("/api/")) {
                continue;
            }
            forms++;
            HttpResponse<String> refused = postForm(
                    browser,
                    route.path(),
                    "_csrf=" + token + "&reason=" + URLEncoder.encode("moved\u0000on", StandardCharsets.UTF_8)
                            + "&page=0");
            if (refused.statusCode() != 400 || !refused.body().contains("\"field\":\"reason\"")) {
                failures.add("POST " + route.path() + " -> " + refused.statusCode());
            }
            HttpResponse<String> empty = postForm(browser, route.path(), "_csrf=" + token + "&page=2147483647");
            if (empty.statusCode() != 400) {
                failures.add("POST " + route.path() + " with a page beyond reach -> " + empty.statusCode());
            }
        }
        assertThat(forms).isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    private HttpClient signedInBrowser() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String token = csrf(client, "/login");
        HttpResponse<String> login = postForm(
                client,
                "/login",
                "username=sweep.admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + token);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private String csrf(HttpClient client, String page) throws Exception {
        Matcher matcher = CSRF.matcher(get(client, page).body());
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group(1);
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
}
