package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.homeward.ApplicationRoutes;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of the application, as every role sees it, in English and Arabic, on a laptop (1280
 * px) and a tablet (768 px), in one real Chromium. The pages are every GET route the application
 * maps outside the API, filled with the ids of a small realistic data set, that answer the role a
 * whole HTML page (a route it may not open or a download is not a page for it). A route that answers
 * a part of a page (the boarding box's household, the centre board's arrival, the acceptance box) is
 * shown where a person sees it: its page is opened and the part is asked for and put in place as the
 * page's own controls do. On each: the page does not scroll sideways, the browser's console stays free of
 * errors (the charts are hovered so that their tooltips are drawn), and a screenshot of the whole page is
 * kept under {@code target/screenshots/pages/<language>-<width>/<role>-<page>.png}.
 */
@HomewardTest
class EveryPageBrowserIT {

    private static final String PASSWORD = "every page password 2026";
    private static final List<String> LANGUAGES = List.of("en", "ar");
    /** A file to download (an export, a printed slip, a document's bytes): never a page, and not worth making eight times. */
    private static final java.util.regex.Pattern DOWNLOAD =
            java.util.regex.Pattern.compile("\\.(csv|xlsx|pdf|geojson)(\\?|$)|/content$|/download$");

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
        PhaseTimes times = new PhaseTimes();
        EveryPageData data = times.time(
                "making the data set", () -> EveryPageData.make(context, directory, port, user(Role.ADMIN), PASSWORD));
        Map<String, String> pages = pages(data);
        Map<String, PagePart> parts = PagePart.of(pages);
        Queue<Visitor> visitors = new ConcurrentLinkedQueue<>();
        // The busiest first, so that the browsers finish together.
        for (Role role : List.of(
                Role.ADMIN,
                Role.COORDINATOR,
                Role.DOCUMENTATION_CASE_WORKER,
                Role.RECEPTION_MANAGER,
                Role.REGISTRATION_OFFICER,
                Role.ANALYST)) {
            visitors.add(new Visitor(role.cliName(), user(role)));
        }
        Arrays.stream(Role.values())
                .filter(role -> visitors.stream().noneMatch(v -> v.who().equals(role.cliName())))
                .forEach(role -> visitors.add(new Visitor(role.cliName(), user(role))));
        visitors.add(new Visitor("anonymous", null));
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, List<String>> opened = new java.util.concurrent.ConcurrentHashMap<>();
        int browsers = browsers();
        ExecutorService pool = Executors.newFixedThreadPool(browsers);
        // Which pages answer each visitor is asked over HTTP ahead of the browsers, in the order they take the
        // visitors, so that a browser finds the answer ready when it reaches the visitor instead of waiting for it.
        ExecutorService asking = Executors.newSingleThreadExecutor();
        Map<String, Future<List<String>>> answering = new LinkedHashMap<>();
        for (Visitor visitor : visitors) {
            answering.put(visitor.who(), asking.submit(() -> openable(visitor, pages, parts)));
        }
        List<Future<PageCheck>> walks = new ArrayList<>();
        long walking = System.nanoTime();
        try {
            for (int i = 0; i < browsers; i++) {
                walks.add(pool.submit(() -> walk(visitors, answering, pages, parts, problems, opened)));
            }
            PhaseTimes browsing = new PhaseTimes();
            int chartsHovered = 0;
            for (Future<PageCheck> walk : walks) {
                PageCheck check = finished(walk);
                browsing.add(check.times());
                chartsHovered += check.chartsHovered();
            }
            System.out.printf(
                    "Time spent: %s; walking the pages in %d browser(s) %.1f s, of which (added up over the"
                            + " browsers) %s%n",
                    times, browsers, (System.nanoTime() - walking) / 1e9, browsing);
            assertThat(chartsHovered).as("charts hovered over").isPositive();
        } finally {
            pool.shutdownNow();
            asking.shutdownNow();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> everOpened = new HashSet<>();
        Stream.concat(Stream.of("anonymous"), Arrays.stream(Role.values()).map(Role::cliName))
                .forEach(who -> {
                    counts.put(who, opened.get(who).size());
                    everOpened.addAll(opened.get(who));
                });
        System.out.println("Pages opened by each role (each at 1280 and 768 px, in English and Arabic): " + counts);
        List<String> noPage = new ArrayList<>(pages.keySet());
        noPage.removeAll(everOpened);
        System.out.println("Routes that answer no role a whole page (fragments, downloads, unknown ids): " + noPage);
        assertThat(counts.get("anonymous")).as("the login page").isPositive();
        assertThat(counts.get(Role.ADMIN.cliName()))
                .as("pages an administrator opens")
                .isGreaterThan(25);
        assertThat(everOpened)
                .as("the parts of pages, each seen in its page by some role")
                .containsAll(parts.keySet());
        assertThat(problems).isEmpty();
    }

    /** Someone going through the pages: a role's user (signed in) or a visitor who has not signed in (no username). */
    private record Visitor(String who, String username) {}

    /**
     * How many browsers walk the pages side by side, each taking the next role when done with one: one for
     * every two processors, at most three (HOMEWARD_PAGE_BROWSERS sets it); each browser needs a core to draw.
     */
    private static int browsers() {
        String set = System.getenv("HOMEWARD_PAGE_BROWSERS");
        return set != null
                ? Integer.parseInt(set)
                : Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors() / 2));
    }

    /** One browser's walk: the visitors it takes from the queue, each signed in once, through every page they open. */
    private PageCheck walk(
            Queue<Visitor> visitors,
            Map<String, Future<List<String>>> answering,
            Map<String, String> pages,
            Map<String, PagePart> parts,
            List<String> problems,
            Map<String, List<String>> opened)
            throws Exception {
        try (Browser browser = Browser.open(port)) {
            PageWalk walk = new PageWalk(browser, problems);
            for (Visitor visitor = visitors.poll(); visitor != null; visitor = visitors.poll()) {
                String username = visitor.username();
                Future<List<String>> answer = answering.get(visitor.who());
                List<String> visible =
                        walk.check.times().time("waiting for which pages answer", () -> finished(answer));
                if (username != null) {
                    walk.check.times().run("signing in", () -> {
                        browser.driver().manage().deleteAllCookies();
                        browser.signIn(username, PASSWORD);
                    });
                }
                walk.all(visitor.who(), visible, pages, parts);
                opened.put(visitor.who(), visible);
            }
            return walk.check;
        }
    }

    /** What the work answered once it has finished; what failed it (an assertion, a browser left out) is thrown as it was. */
    private static <T> T finished(Future<T> walk) throws Exception {
        try {
            return walk.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) failed.getCause();
        }
    }

    /** Every GET route outside the API, as page name and path with real ids, in mapping order. */
    private Map<String, String> pages(EveryPageData data) {
        Map<String, String> pages = new LinkedHashMap<>();
        ApplicationRoutes.of(mappings).stream()
                .filter(route -> route.method().equals("GET"))
                .map(ApplicationRoutes.Route::pattern)
                .filter(pattern -> !pattern.startsWith("/api/") && !pattern.equals("/error"))
                .forEach(pattern -> pages.put(PagePart.name(pattern), data.concrete(pattern)));
        return pages;
    }

    /**
     * The pages (by name) the session is answered a whole HTML page for, and the parts of pages it is
     * answered an HTML part for where it also opens the page the part belongs in.
     */
    private List<String> openable(Visitor visitor, Map<String, String> pages, Map<String, PagePart> parts)
            throws Exception {
        PageSession session = visitor.username() == null
                ? PageSession.anonymous(port)
                : PageSession.signIn(port, visitor.username(), PASSWORD);
        List<String> whole = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (DOWNLOAD.matcher(page.getValue()).find()) {
                continue;
            }
            HttpResponse<String> answer = session.get(page.getValue());
            boolean html =
                    answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            if (answer.statusCode() == 200 && html) {
                (answer.body().contains("<html") ? whole : partial).add(page.getKey());
            }
        }
        List<String> openable = new ArrayList<>(whole);
        partial.stream()
                .filter(name -> parts.containsKey(name)
                        && whole.contains(parts.get(name).page()))
                .forEach(openable::add);
        return openable;
    }

    private String user(Role role) {
        // Every governorate for a scoped role: the widest view it can be given, so that it sees the data set.
        return TestUsers.ensureSeeing(
                users, "pages." + role.cliName(), role, PASSWORD, "Pages NGO", TestUsers.everyGovernorate());
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

        /**
         * Each page loaded at the width the last one ended at, checked, then checked again at the other
         * width; a part of a page is put in place in its page first.
         */
        void all(String who, List<String> names, Map<String, String> pages, Map<String, PagePart> parts)
                throws Exception {
            for (String language : LANGUAGES) {
                for (String name : names) {
                    check.times().run("loading pages", () -> open(pages, parts.get(name), pages.get(name), language));
                    check.page(who, name, language, width);
                    width = width == 1280 ? 768 : 1280;
                    check.times().run("resizing", () -> browser.resize(width));
                    check.page(who, name, language, width);
                }
            }
        }

        private void open(Map<String, String> pages, PagePart part, String path, String language) {
            if (part == null) {
                String inLanguage = path.startsWith("/offline/register/") ? "/offline/register/" + language : path;
                browser.go(inLanguage + (inLanguage.contains("?") ? "&" : "?") + "lang=" + language);
                return;
            }
            String page = pages.get(part.page());
            browser.go(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
            part.putInPlace(browser, path);
        }
    }
}
