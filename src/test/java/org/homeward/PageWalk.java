package org.homeward;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.homeward.access.Role;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A walk over every route the application maps, without a browser but through its security filters:
 * each role, signed in, asks for every address, and each answer goes to the check of the scan that
 * walks (masked numbers, Arabic text, mirrored arrows). The walk lists the routes from the
 * application's own mappings, so a new page is walked the moment it is added.
 */
public final class PageWalk {

    /** The language of the pages the Arabic scans read. */
    public static final Locale ARABIC = Locale.forLanguageTag("ar");

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?[a-zA-Z]+}");

    private final MockMvc mvc;

    private PageWalk(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A walk through the whole application, its security filters included. */
    public static PageWalk through(WebApplicationContext context) {
        return new PageWalk(MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build());
    }

    /** The client the walk sends with, for a scan's requests outside the walk. */
    public MockMvc mvc() {
        return mvc;
    }

    /** Every GET route's pattern but {@code /error}, each once, in mapping order. */
    public static List<String> getRoutes(RequestMappingHandlerMapping mappings) {
        Set<String> routes = new LinkedHashSet<>();
        ApplicationRoutes.of(mappings).stream()
                .filter(route -> route.method().equals("GET"))
                .forEach(route -> routes.add(route.pattern()));
        routes.remove("/error");
        return List.copyOf(routes);
    }

    /** The GET routes that answer pages: neither the API nor a route the downloads pattern finds in. */
    public static List<String> pageRoutes(RequestMappingHandlerMapping mappings, Pattern downloads) {
        return getRoutes(mappings).stream()
                .filter(pattern -> !pattern.startsWith("/api/"))
                .filter(pattern -> !downloads.matcher(pattern).find())
                .toList();
    }

    /** The route with each variable named in values filled with its value, and every other with 1. */
    public static String fill(String route, Map<String, String> values) {
        String path = route;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return VARIABLE.matcher(path).replaceAll("1");
    }

    /** A GET of the address as a browser set to Arabic asks for it: an HTML page in Arabic. */
    public static MockHttpServletRequestBuilder inArabic(String path) {
        return MockMvcRequestBuilders.get(path)
                .locale(ARABIC)
                .param("lang", "ar")
                .accept(MediaType.TEXT_HTML);
    }

    /**
     * Sends the requests (made afresh for each role) as each role, signed in as the account the
     * accounts function gives it, and hands each answer the filter keeps to the check.
     *
     * @return how many answers were kept and checked
     */
    public int walk(
            List<Role> roles,
            Function<Role, String> accounts,
            Supplier<List<MockHttpServletRequestBuilder>> requests,
            Predicate<Answer> keep,
            Check check)
            throws Exception {
        int kept = 0;
        for (Role role : roles) {
            String username = accounts.apply(role);
            for (MockHttpServletRequestBuilder request : requests.get()) {
                Answer answer = new Answer(
                        role,
                        mvc.perform(request.with(user(username).roles(role.name())))
                                .andReturn());
                if (keep.test(answer)) {
                    kept++;
                    check.check(answer);
                }
            }
        }
        return kept;
    }

    /** What a scan does with one answer of the walk. */
    @FunctionalInterface
    public interface Check {

        void check(Answer answer) throws Exception;
    }

    /** One answer of the walk: the role that asked, with its request and response. */
    public record Answer(Role role, MvcResult result) {

        public MockHttpServletResponse response() {
            return result.getResponse();
        }

        /** The body of the answer as text. */
        public String body() throws Exception {
            return response().getContentAsString();
        }

        /** Whether the answer is HTML (a page or a part of one). */
        public boolean isHtml() {
            String type = response().getContentType();
            return type != null && type.startsWith("text/html");
        }

        public boolean isRedirect() {
            return response().getStatus() >= 300 && response().getStatus() < 400;
        }

        /** Who asked for what, as a finding names it: e.g. {@code coordinator GET /households/1}. */
        public String where() {
            MockHttpServletRequest request = result.getRequest();
            String query = request.getQueryString();
            return role.cliName() + " " + request.getMethod() + " " + request.getRequestURI()
                    + (query == null ? "" : "?" + query);
        }
    }
}
