package org.homeward.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApplicationRoutes;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserProblemException;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the application, as every role sees it, in English and Arabic, on a laptop (1280
 * px) and a tablet (768 px), in one real Chromium. The pages are every GET route the application
 * maps outside the API, filled with the ids of a small realistic data set, that answer the role a
 * whole HTML page (a route it may not open, a fragment or a download is not a page for it). On each:
 * the page does not scroll sideways, the browser's console stays free of errors (the charts are
 * hovered so that their tooltips are drawn), and a screenshot is kept under
 * {@code target/screenshots/pages/<language>-<width>/<role>-<page>.png}.
 */
@HomewardTest
class EveryPageBrowserIT {

    private static final String PASSWORD = "every page password 2026";
    private static final List<String> LANGUAGES = List.of("en", "ar");
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserService users;
    @LocalServerPort
    int port;
    @TempDir
    Path directory;

    @Test
    void everyPageFitsALaptopAndATabletInBothLanguagesWithoutAConsoleError() throws Exception {
        EveryPageData data = EveryPageData.make(context, directory, new ApiClient(port, user(Role.ADMIN), PASSWORD));
        Map<String, String> pages = pages(data);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> opened = new LinkedHashMap<>();
        java.util.Set<String> everOpened = new java.util.HashSet<>();
        try (Browser browser = Browser.open(port)) {
            PageWalk walk = new PageWalk(browser, problems);
            List<String> visible = openable(PageSession.anonymous(port), pages);
            walk.all("anonymous", visible, pages);
            everOpened.addAll(visible);
            opened.put("anonymous", visible.size());
            for (Role role : Role.values()) {
                String username = user(role);
                visible = openable(PageSession.signIn(port, username, PASSWORD), pages);
                browser.driver().manage().deleteAllCookies();
                browser.signIn(username, PASSWORD);
                walk.all(role.cliName(), visible, pages);
                everOpened.addAll(visible);
                opened.put(role.cliName(), visible.size());
            }
            assertThat(walk.chartsHovered()).as("charts hovered over").isPositive();
        }
        System.out.println("Pages opened by each role (each at 1280 and 768 px, in English and Arabic): " + opened);
        List<String> noPage = new ArrayList<>(pages.keySet());
        noPage.removeAll(everOpened);
        System.out.println("Routes that answer no role a whole page (fragments, downloads, unknown ids): " + noPage);
        assertThat(opened.get("anonymous")).as("the login page").isPositive();
        assertThat(opened.get(Role.ADMIN.cliName())).as("pages an administrator opens").isGreaterThan(25);
        assertThat(problems).isEmpty();
    }

    /** Every GET route outside the API, as page name and path with real ids, in mapping order. */
    private Map<String, String> pages(EveryPageData data) {
        Map<String, String> pages = new LinkedHashMap<>();
        ApplicationRoutes.of(mappings).stream()
                .filter(route -> route.method().equals("GET"))
                .map(ApplicationRoutes.Route::pattern)
                .filter(pattern -> !pattern.startsWith("/api/") && !pattern.equals("/error"))
                .forEach(pattern -> pages.put(name(pattern), data.concrete(pattern)));
        return pages;
    }

    /** The pages (by name) the session is answered a whole HTML page for. */
    private static List<String> openable(PageSession session, Map<String, String> pages) throws Exception {
        List<String> openable = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> answer = session.get(page.getValue());
            boolean html = answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            if (answer.statusCode() == 200 && html && answer.body().contains("<html")) {
                openable.add(page.getKey());
            }
        }
        return openable;
    }

    /** The route as a file name: "/households/{id}/intentions" is "households-id-intentions", "/" is "home". */
    private static String name(String pattern) {
        String name = pattern.replaceAll("[{}*]", "").replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }

    private String user(Role role) {
        String username = "pages." + role.cliName();
        try {
            users.create(username, role, PASSWORD, "Pages NGO");
        } catch (UserProblemException exists) {
            return username;
        }
        if (role == Role.REGISTRATION_OFFICER || role == Role.RECEPTION_MANAGER) {
            // Every governorate: the widest view a scoped role can be given, so that it sees the data set.
            users.setScopes(username, java.util.stream.IntStream.rangeClosed(1, 14)
                    .mapToObj(governorate -> ScopeGrant.parse("area:SY%02d".formatted(governorate))).toList());
        }
        return username;
    }

    /** A browser going through pages, each in both languages at both widths, noting what is wrong. */
    private static final class PageWalk {

        private final Browser browser;
        private final PageCheck check;
        private int width = 1280;

        PageWalk(Browser browser, List<String> problems) {
            this.browser = browser;
            this.check = new PageCheck(browser, problems);
            browser.resize(width);
        }

        int chartsHovered() {
            return check.chartsHovered();
        }

        /** Each page loaded at the width the last one ended at, checked, then checked again at the other width. */
        void all(String who, List<String> names, Map<String, String> pages) throws Exception {
            for (String language : LANGUAGES) {
                for (String name : names) {
                    String path = pages.get(name);
                    browser.go(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    check.page(who, name, language, width);
                    width = width == 1280 ? 768 : 1280;
                    browser.resize(width);
                    check.page(who, name, language, width);
                }
            }
        }
    }
}
