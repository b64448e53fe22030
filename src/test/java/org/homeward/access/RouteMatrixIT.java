package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.ApplicationRoutes;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the running application (read from its own request mappings) called by nobody
 * and by each role: allowed, forbidden or not-found exactly as designed, and no person's name in
 * any answer that should not show it.
 */
@HomewardTest
class RouteMatrixIT {

    private static final String SECRET_NAME = "Zubaydaqq";

    @Autowired
    WebApplicationContext context;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    MockMvc mvc;
    Household household;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        for (Role role : Role.values()) {
            TestUsers.ensure(
                    users,
                    "matrix." + role.cliName(),
                    role,
                    "matrix password 123",
                    null,
                    TestUsers.isScoped(role) ? TestUsers.area("SY01") : List.of());
        }
        household = households.register(
                new RegisterHouseholdRequest(
                        "Matrix site",
                        new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY010000", null),
                        List.of(new IndividualDetails(
                                "PRINCIPAL",
                                null,
                                SECRET_NAME,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "Testfamily",
                                "F",
                                "1990",
                                "+963944000111",
                                "NATIONAL_ID",
                                "MATRIX-77",
                                null,
                                List.of()))),
                "matrix");
    }

    private List<String[]> routes() {
        return ApplicationRoutes.of(mappings).stream()
                .map(route -> new String[] {route.method(), route.pattern()})
                .toList();
    }

    private String concrete(String pattern) {
        return pattern.replace("{id}", household.id().toString())
                .replace("{memberId}", household.members().get(0).id().toString())
                .replace("{reference}", household.reference())
                .replace("{requestId}", "1")
                .replace("{pcode}", "SY01")
                .replaceAll("\\{\\*?[a-zA-Z]+}", "x");
    }

    @Test
    void everyRouteAnswersEachRoleAsDesigned() throws Exception {
        RoutePolicy policy = RoutePolicy.homeward();
        List<String> failures = new ArrayList<>();
        List<String[]> routes = routes();
        assertThat(routes).hasSizeGreaterThan(20);
        for (String[] route : routes) {
            String method = route[0];
            String path = concrete(route[1]);
            RoutePolicy.Rule rule = policy.ruleFor(method, route[1]);
            if (rule == null) {
                failures.add("no rule for " + method + " " + route[1]);
                continue;
            }
            check(method, path, null, rule, failures);
            for (Role role : Role.values()) {
                check(method, path, role, rule, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    private void check(String method, String path, Role role, RoutePolicy.Rule rule, List<String> failures)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                        org.springframework.http.HttpMethod.valueOf(method), path)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (role != null) {
            request = request.with(user("matrix." + role.cliName()).roles(role.name()));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();
        String where = (role == null ? "anonymous" : role.cliName()) + " " + method + " " + path + " -> " + status;
        boolean allowed = rule.open() || role != null && rule.roles().contains(role);
        if (!allowed && role == null) {
            boolean redirectedToLogin = status == 302
                    && String.valueOf(result.getResponse().getRedirectedUrl()).contains("/login");
            if (status != 401 && !redirectedToLogin) {
                failures.add(where + " (expected 401 or the login page)");
            }
        } else if (!allowed && status != 403) {
            failures.add(where + " (expected 403)");
        } else if (allowed && (status == 401 || status == 403 || status >= 500 && !path.equals("/error"))) {
            failures.add(where + " (expected to be let through)");
        }
        // The household heads to SY01, inside every scoped test user's area: readers may see it, analysts never.
        boolean mayShowPeople = role != null && role != Role.ANALYST && allowed;
        if (!mayShowPeople
                && (body.contains(SECRET_NAME) || body.contains("944000111") || body.contains("MATRIX-77"))) {
            failures.add(where + " leaks personal data");
        }
        if (!(rule.reveals() && allowed) && (body.contains("944000111") || body.contains("MATRIX-77"))) {
            failures.add(where + " shows an unmasked phone or document number");
        }
    }

    @Test
    void householdRoutesOfAnotherAreaAnswerNotFoundToScopedOfficers() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String[] route : routes()) {
            if (!route[1].contains("{id}") || !route[1].startsWith("/api/v1/households")) {
                continue;
            }
            String path = concrete(route[1])
                    .replace(household.id().toString(), household.id().toString());
            // The officer's area is SY01 and the household heads to SY01: move it out of scope by area only.
            MvcResult result = mvc.perform(
                            MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(route[0]), path)
                                    .with(csrf())
                                    .with(user("outsider.officer").roles("REGISTRATION_OFFICER"))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"version\":0,\"reason\":\"x\"}"))
                    .andReturn();
            int status = result.getResponse().getStatus();
            if (status != 404) {
                failures.add(route[0] + " " + path + " -> " + status);
            }
            assertThat(result.getResponse().getContentAsString()).doesNotContain(SECRET_NAME);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theOutsiderReallyIsOutOfScope() {
        TestUsers.ensure(
                users,
                "outsider.officer",
                Role.REGISTRATION_OFFICER,
                "outsider password 1",
                null,
                List.of(ScopeGrant.parse("area:SY14")));
        assertThat(users.scopesOf("outsider.officer"))
                .extracting(ScopeGrant::value)
                .containsExactly("SY14");
        assertThat(UUID.fromString(household.id().toString())).isEqualTo(household.id());
    }
}
