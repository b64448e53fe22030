package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.PageWalk;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private static final String PASSWORD = "mirrored arrow password";
    private static final Pattern ARROW =
            Pattern.compile("[\\u2190-\\u21FF\\u27F5-\\u27FF\\u25B6\\u25C0\\u25BA\\u25C4\\u2794\\u279C]");
    /** What turns with its line, or is not read: flow arrows, left-to-right parts, values people typed, scripts. */
    private static final Pattern TURNS_OR_UNREAD = Pattern.compile(
            "<script\\b.*?</script>|<style\\b.*?</style>|<span class=\"flow-arrow\"[^>]*>[^<]*</span>|<bdi\\b.*?</bdi>"
                    + "|<(li|td|th|span|div|p|bdi)\\b[^>]*dir=\"ltr\"[^>]*>.*?</\\1>|<textarea\\b.*?</textarea>",
            Pattern.DOTALL);

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Routes that answer files and pictures, not pages. */
    private static final Pattern DOWNLOADS = Pattern.compile("\\.(csv|xlsx|pdf|geojson|png|svg)$|/content$|/download$");

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
        List<String> findings = new ArrayList<>();
        int[] flowArrows = {0};
        int pagesRead = PageWalk.through(context)
                .walk(
                        List.of(Role.COORDINATOR, Role.ADMIN),
                        this::scanUser,
                        () -> pages(household, pair).stream()
                                .map(PageWalk::inArabic)
                                .toList(),
                        PageWalk.Answer::isHtml,
                        answer -> {
                            String html = answer.body();
                            flowArrows[0] += count(html, "class=\"flow-arrow\"");
                            Matcher arrow = ARROW.matcher(readableText(html));
                            while (arrow.find()) {
                                findings.add(answer.where() + " shows " + arrow.group() + " unturned");
                            }
                        });
        assertThat(pagesRead).as("pages read in Arabic").isGreaterThan(100);
        assertThat(flowArrows[0])
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
        List<String> pages = new ArrayList<>();
        for (String route : PageWalk.pageRoutes(mappings, DOWNLOADS)) {
            pages.add(PageWalk.fill(
                    route,
                    Map.of(
                            "id",
                            route.startsWith("/duplicates/")
                                    ? Long.toString(pair)
                                    : household.id().toString(),
                            "memberId",
                            household.members().get(0).id().toString(),
                            "reference",
                            household.reference(),
                            "pcode",
                            "SY01",
                            "language",
                            "ar")));
        }
        return pages;
    }

    private String scanUser(Role role) {
        String username = "arrow-scan-" + role.cliName();
        TestUsers.ensure(users, username, role, PASSWORD, null);
        return username;
    }

    private static RegisterHouseholdRequest request(String phone) {
        return HouseholdFixtures.fromLebanon(null, List.of(HouseholdFixtures.yaseen("1981-06-02", phone, "SC7731902")));
    }
}
