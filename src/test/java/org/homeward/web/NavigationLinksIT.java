package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every link of the menu and of the start page that a role is shown opens for that role. */
@HomewardTest
class NavigationLinksIT {

    private static final String PASSWORD = "navigation test password";
    private static final Pattern MENU = Pattern.compile("<nav class=\"mainnav\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
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
        TestUsers.ensure(users, username, role, PASSWORD, "Test NGO");
        PageSession session = PageSession.signIn(port, username, PASSWORD);
        String home = session.get("/").body();
        Set<String> links = new LinkedHashSet<>();
        for (Pattern part : List.of(MENU, TILES)) {
            Matcher section = part.matcher(home);
            assertThat(section.find())
                    .as("the start page has its %s", part.pattern())
                    .isTrue();
            Matcher href = HREF.matcher(section.group(1));
            while (href.find()) {
                links.add(href.group(1));
            }
        }
        assertThat(links).as("a signed-in %s is shown somewhere to go", role).isNotEmpty();
        List<String> refused = new ArrayList<>();
        for (String link : links) {
            int status = session.get(link).statusCode();
            if (status != 200) {
                refused.add(link + " -> " + status);
            }
        }
        assertThat(refused).as("links shown to %s", role).isEmpty();
        if (role == Role.ANALYST) {
            assertThat(links).doesNotContain("/households", "/households/new").contains("/statistics");
        }
    }
}
