package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ApplicationRoutes;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserProblemException;
import org.homeward.access.UserService;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The arrow scan: every page in Arabic, opened by a coordinator and an administrator, may show an
 * arrow (→, ←, ⇒, ▶…, which Unicode does not mirror by itself) only where it turns with the line: marked
 * as a flow arrow, or inside a part written left to right. A browser then checks that a flow arrow is
 * really turned in Arabic and left alone in English. Guillemets and angle quotes (« » ‹ ›) are mirrored
 * by the bidirectional algorithm itself and are not looked for.
 */
@HomewardTest
class MirroredArrowScanIT {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String PASSWORD = "mirrored arrow password";
    private static final Pattern ARROW =
            Pattern.compile("[\\u2190-\\u21FF\\u27F5-\\u27FF\\u25B6\\u25C0\\u25BA\\u25C4\\u2794\\u279C]");
    /** What turns with its line, or is not read: flow arrows, left-to-right parts, values people typed, scripts. */
    private static final Pattern TURNS_OR_UNREAD = Pattern.compile(
            "<script\\b.*?</script>|<style\\b.*?</style>|<span class=\"flow-arrow\"[^>]*>[^<]*</span>|<bdi\\b.*?</bdi>"
                    + "|<(li|td|th|span|div|p|bdi)\\b[^>]*dir=\"ltr\"[^>]*>.*?</\\1>|<textarea\\b.*?</textarea>",
            Pattern.DOTALL);

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    HouseholdCommands households;

    @Autowired
    DuplicateRunService duplicateRuns;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void noPageInArabicShowsAnArrowThatDoesNotTurnWithTheLine() throws Exception {
        Household household = households.register(request("+963 933 100 200"), "arrow-scan");
        households.register(request("0933 100 200"), "arrow-scan");
        duplicateRuns.run("arrow-scan");
        long pair = pairOf(household);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        List<String> findings = new ArrayList<>();
        int flowArrows = 0;
        int pagesRead = 0;
        for (Role role : List.of(Role.COORDINATOR, Role.ADMIN)) {
            String username = scanUser(role);
            for (String path : pages(household, pair)) {
                MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path)
                                .locale(ARABIC)
                                .param("lang", "ar")
                                .accept(MediaType.TEXT_HTML)
                                .with(user(username).roles(role.name())))
                        .andReturn();
                String type = result.getResponse().getContentType();
                if (type == null || !type.startsWith("text/html")) {
                    continue;
                }
                String html = result.getResponse().getContentAsString();
                pagesRead++;
                flowArrows += count(html, "class=\"flow-arrow\"");
                Matcher arrow = ARROW.matcher(readableText(html));
                while (arrow.find()) {
                    findings.add(role.cliName() + " GET " + path + " shows " + arrow.group() + " unturned");
                }
            }
        }
        assertThat(pagesRead).as("pages read in Arabic").isGreaterThan(100);
        assertThat(flowArrows)
                .as("the pair page's arrow to the destination is among them")
                .isPositive();
        assertThat(findings).as("arrows that do not turn in Arabic").isEmpty();
    }

    @Test
    void aFlowArrowIsTurnedInArabicAndLeftAloneInEnglish() throws Exception {
        Household household = households.register(request("+963 933 300 400"), "arrow-scan");
        households.register(request("0933 300 400"), "arrow-scan");
        duplicateRuns.run("arrow-scan");
        long pair = pairOf(household);
        String username = scanUser(Role.COORDINATOR);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, PASSWORD);
            browser.go("/duplicates/" + pair + "?lang=ar");
            assertThat(transform(browser))
                    .as("turned in Arabic")
                    .isNotEqualTo("none")
                    .startsWith("matrix(-1");
            browser.screenshot("arrows/pair-ar");
            browser.go("/duplicates/" + pair + "?lang=en");
            assertThat(transform(browser)).as("as drawn in English").isEqualTo("none");
        }
    }

    private static String transform(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(document.querySelector('.flow-arrow')).transform");
    }

    static String readableText(String html) {
        return HtmlUtils.htmlUnescape(
                TAG.matcher(TURNS_OR_UNREAD.matcher(html).replaceAll(" ")).replaceAll(" "));
    }

    private static int count(String html, String what) {
        int found = 0;
        for (int at = html.indexOf(what); at >= 0; at = html.indexOf(what, at + 1)) {
            found++;
        }
        return found;
    }

    private long pairOf(Household household) {
        UUID principal = household.members().get(0).id();
        return jdbc.sql("SELECT id FROM duplicate_candidate WHERE first_id = :member OR second_id = :member"
                        + " ORDER BY weight DESC LIMIT 1")
                .param("member", principal)
                .query(Long.class)
                .single();
    }

    private List<String> pages(Household household, long pair) {
        Set<String> routes = new LinkedHashSet<>();
        ApplicationRoutes.of(mappings).stream()
                .filter(route -> route.method().equals("GET"))
                .map(ApplicationRoutes.Route::pattern)
                .filter(pattern -> !pattern.startsWith("/api/") && !pattern.equals("/error"))
                .filter(pattern -> !Pattern.compile("\\.(csv|xlsx|pdf|geojson|png|svg)$|/content$|/download$")
                        .matcher(pattern)
                        .find())
                .forEach(routes::add);
        List<String> pages = new ArrayList<>();
        for (String route : routes) {
            pages.add(route.replace(
                            "{id}",
                            route.startsWith("/duplicates/")
                                    ? Long.toString(pair)
                                    : household.id().toString())
                    .replace("{memberId}", household.members().get(0).id().toString())
                    .replace("{reference}", household.reference())
                    .replace("{pcode}", "SY01")
                    .replace("{language}", "ar")
                    .replaceAll("\\{\\*?[a-zA-Z]+}", "1"));
        }
        return pages;
    }

    private String scanUser(Role role) {
        String username = "arrow-scan-" + role.cliName();
        try {
            users.create(username, role, PASSWORD, null);
        } catch (UserProblemException exists) {
            // made by the other test of this class
        }
        return username;
    }

    private static RegisterHouseholdRequest request(String phone) {
        return new RegisterHouseholdRequest(
                "Masnaa crossing",
                new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY010000", null),
                List.of(new IndividualDetails(
                        "PRINCIPAL",
                        "ياسين",
                        "Yaseen",
                        "عمر",
                        "Omar",
                        null,
                        null,
                        "الفاحص",
                        "Alfahes",
                        "M",
                        "1981-06-02",
                        phone,
                        "NATIONAL_ID",
                        "SC7731902",
                        null,
                        List.of())));
    }
}
