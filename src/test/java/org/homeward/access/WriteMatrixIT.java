package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.ApplicationRoutes;
import org.homeward.HomewardTest;
import org.homeward.access.WriteRoutePolicy.Target;
import org.homeward.documentation.DocumentationCase;
import org.homeward.documentation.DocumentationCaseService;
import org.homeward.documentation.OpenCaseRequest;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.reception.CheckInRequest;
import org.homeward.reception.StayCommands;
import org.homeward.reception.StayQueries;
import org.homeward.registry.DataSubjectRequestService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every state-changing route of the running application called by nobody and by each role, on a
 * household, centre, stay or pair inside the caller's scope and on one outside it: the role's
 * refusal is 403, the scope's is 404 (existence does not leak), and a refused call changes
 * nothing of the households, centres, stays, pairs, users or figures it could touch. A write route
 * without a declared policy fails the test.
 */
@HomewardTest
class WriteMatrixIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    HouseholdCommands households;

    @Autowired
    DataSubjectRequestService requests;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @Autowired
    StayCommands stayCommands;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentationCaseService documentation;

    /** One side of the matrix: the ids a route is called with, in or out of the caller's scope. */
    private record Side(
            Household household,
            long request,
            String centre,
            UUID stay,
            long pair,
            UUID documentationCase,
            UUID step,
            UUID proposal) {}

    @Test
    void everyWriteRouteRefusesOtherRolesAndOtherScopesAndChangesNothingWhenItRefuses() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        WriteWorld world = new WriteWorld(run);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        WriteRoutePolicy policy = WriteRoutePolicy.homeward();
        List<String> failures = new ArrayList<>();
        List<String[]> routes = writeRoutes();
        assertThat(routes).hasSizeGreaterThan(30);
        for (String[] route : routes) {
            WriteRoutePolicy.Rule rule = policy.ruleFor(route[0], route[1]);
            if (rule == null) {
                failures.add("no declared policy for " + route[0] + " " + route[1]);
                continue;
            }
            refusedAndUnchanged(mvc, world, route, null, world.outside, 0, failures);
            for (Role role : Role.values()) {
                boolean allowed = rule.roles().contains(role);
                if (!allowed) {
                    refusedAndUnchanged(mvc, world, route, role, world.inside, 403, failures);
                } else if (rule.target() != Target.NONE && scoped(role, rule.target())) {
                    refusedAndUnchanged(mvc, world, route, role, world.outside, 404, failures);
                }
            }
            for (Role role : rule.roles()) {
                MvcResult result = call(mvc, world, route, role, world.inside);
                int status = result.getResponse().getStatus();
                if (status == 401 || status == 403 || status >= 500 || rule.target() != Target.NONE && status == 404) {
                    failures.add(where(route, role, "inside") + " -> " + status + " (expected to be let through)");
                }
            }
        }
        assertThat(failures).isEmpty();
        // The calls inside scope really did their work, so the refusals above were of working requests.
        assertThat(jdbc.sql("SELECT capacity_persons FROM reception_centre WHERE code = :code")
                        .param("code", world.inside.centre())
                        .query(Integer.class)
                        .single())
                .isEqualTo(WriteWorld.CHANGED_CAPACITY);
        assertThat(jdbc.sql("SELECT count(*) FROM reception_stay WHERE id = :id AND ended_at IS NOT NULL")
                        .param("id", world.inside.stay())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** Reception managers and coordinators are given one area and one centre here; officers one area. */
    private static boolean scoped(Role role, Target target) {
        return switch (target) {
            case HOUSEHOLD, PAIR ->
                role == Role.REGISTRATION_OFFICER || role == Role.RECEPTION_MANAGER || role == Role.COORDINATOR;
            case CENTRE, STAY -> role == Role.RECEPTION_MANAGER || role == Role.COORDINATOR;
            case CASE, PROPOSAL -> role == Role.DOCUMENTATION_CASE_WORKER || role == Role.COORDINATOR;
            case NONE -> false;
        };
    }

    private void refusedAndUnchanged(
            MockMvc mvc, WriteWorld world, String[] route, Role role, Side side, int expected, List<String> failures)
            throws Exception {
        String before = world.fingerprint();
        MvcResult result = call(mvc, world, route, role, side);
        int status = result.getResponse().getStatus();
        String where = where(route, role, side == world.inside ? "inside" : "outside") + " -> " + status;
        boolean refused = expected == 0
                ? status == 401
                        || status == 302
                                && String.valueOf(result.getResponse().getRedirectedUrl())
                                        .contains("/login")
                : status == expected;
        if (!refused) {
            failures.add(where + " (expected " + (expected == 0 ? "401 or the login page" : expected) + ")");
        }
        if (!before.equals(world.fingerprint())) {
            failures.add(where + " changed something although it was refused");
        }
    }

    private static String where(String[] route, Role role, String scope) {
        return (role == null ? "anonymous" : role.cliName()) + " " + route[0] + " " + route[1] + " " + scope;
    }

    private MvcResult call(MockMvc mvc, WriteWorld world, String[] route, Role role, Side side) throws Exception {
        String path = concrete(route[1], side);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route[0]), path)
                .with(csrf());
        if (path.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .content(WriteBodies.json(route[1], world.bodyValues(side)));
        } else {
            request.accept(MediaType.TEXT_HTML);
            WriteBodies.form(route[1], world.bodyValues(side)).forEach(request::param);
        }
        if (role != null) {
            request.with(user("writes." + role.cliName() + "." + world.run).roles(role.name()));
        }
        return mvc.perform(request).andReturn();
    }

    private static String concrete(String pattern, Side side) {
        String id;
        if (pattern.contains("/documentation/cases/{id}")) {
            id = side.documentationCase().toString();
        } else if (pattern.contains("/documentation/proposals/{id}")) {
            id = side.proposal().toString();
        } else if (pattern.contains("/stays/{id}")) {
            id = side.stay().toString();
        } else if (pattern.startsWith("/duplicates/{id}")) {
            id = Long.toString(side.pair());
        } else if (pattern.contains("households/{id}")) {
            id = side.household().id().toString();
        } else {
            id = "1";
        }
        return pattern.replace("{id}", id)
                .replace("{code}", side.centre())
                .replace("{memberId}", side.household().members().get(0).id().toString())
                .replace("{requestId}", Long.toString(side.request()))
                .replace("{stepId}", side.step().toString())
                .replaceAll("\\{\\*?[a-zA-Z]+}", "1");
    }

    private List<String[]> writeRoutes() {
        return ApplicationRoutes.of(mappings).stream()
                .filter(route -> Set.of("POST", "PUT", "PATCH", "DELETE").contains(route.method()))
                .map(route -> new String[] {route.method(), route.pattern()})
                .toList();
    }

    /**
     * The households, centres, stays and pairs of one run of the test, inside and outside the
     * scope of the users it makes, and a fingerprint of everything a refused call could change.
     */
    private final class WriteWorld {

        static final int CHANGED_CAPACITY = 333;
        final String run;
        final Side inside;
        final Side outside;
        final String transferTo;
        final Household walkIn;
        private final List<UUID> householdIds = new ArrayList<>();
        private final List<String> centreCodes = new ArrayList<>();

        WriteWorld(String run) {
            this.run = run;
            String mine = centre("MINE");
            String theirs = centre("THEIRS");
            transferTo = centre("OTHER");
            walkIn = household("SY010000");
            inside = side("SY010000", mine, "SY010000");
            outside = side("SY020200", theirs, "SY010000");
            for (Role role : Role.values()) {
                String username = "writes." + role.cliName() + "." + run;
                users.create(username, role, "write matrix password 1", null);
                List<ScopeGrant> scopes = switch (role) {
                    case REGISTRATION_OFFICER -> List.of(ScopeGrant.parse("area:SY01"));
                    case RECEPTION_MANAGER, COORDINATOR ->
                        List.of(ScopeGrant.parse("area:SY01"), ScopeGrant.parse("centre:" + mine));
                    case DOCUMENTATION_CASE_WORKER -> List.of(ScopeGrant.parse("area:SY01"));
                    default -> List.of();
                };
                users.setScopes(username, scopes);
            }
        }

        private Side side(String destination, String centre, String stayingDestination) {
            Household household = household(destination);
            Household twin = household(destination);
            long request = requests.open(
                            household.id(), household.members().get(0).id(), "ACCESS", "matrix", "matrix")
                    .id();
            Household staying = household(stayingDestination);
            UUID stay = stayCommands
                    .checkIn(centre, new CheckInRequest(staying.reference(), List.of(), null), "matrix")
                    .id();
            UUID first = household.members().get(0).id();
            UUID second = twin.members().get(0).id();
            boolean ordered = first.compareTo(second) < 0;
            long pair = jdbc.sql("""
                            INSERT INTO duplicate_candidate (first_id, second_id, weight, explanation, found_at)
                            VALUES (:first, :second, 20, CAST('{"prior":0,"fields":[]}' AS jsonb), now()) RETURNING id""")
                    .param("first", ordered ? first : second)
                    .param("second", ordered ? second : first)
                    .query(Long.class)
                    .single();
            DocumentationCase booklet =
                    documentation.open(new OpenCaseRequest(household.id(), null, "FAMILY_BOOKLET", "SYR", null));
            // The son born abroad with no birth registration was proposed a case when the household was registered.
            UUID proposal = jdbc.sql(
                            "SELECT id FROM documentation_proposal WHERE household_id = :id AND status = 'PROPOSED'")
                    .param("id", household.id())
                    .query(UUID.class)
                    .list()
                    .get(0);
            return new Side(
                    household,
                    request,
                    centre,
                    stay,
                    pair,
                    booklet.id(),
                    booklet.steps().get(0).id(),
                    proposal);
        }

        private String centre(String name) {
            String code = "W" + name + "-" + run;
            centres.create(
                    new CentreRequest(
                            code,
                            "Centre " + code,
                            "مركز " + code,
                            null,
                            null,
                            "SY010000",
                            33.5,
                            36.3,
                            100,
                            30,
                            3,
                            List.of("WATER"),
                            true,
                            null),
                    "matrix");
            centreCodes.add(code);
            return code;
        }

        private Household household(String destination) {
            Household household = households.register(
                    new RegisterHouseholdRequest(
                            "Matrix site",
                            new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, null),
                            List.of(
                                    new IndividualDetails(
                                            "PRINCIPAL",
                                            "سلمى",
                                            "Salma",
                                            null,
                                            null,
                                            null,
                                            null,
                                            "الكاتب",
                                            "Alkateb",
                                            "F",
                                            "1988",
                                            "+963944" + String.format("%06d", householdIds.size() * 7919 % 1_000_000),
                                            "NATIONAL_ID",
                                            "WM" + run + householdIds.size(),
                                            null,
                                            List.of()),
                                    new IndividualDetails(
                                            "SON", "سامر", "Samer", null, null, null, null, "الكاتب", "Alkateb", "M",
                                            "2012", null, null, null, null, List.of()))),
                    "matrix");
            householdIds.add(household.id());
            return household;
        }

        /** What a request body needs of a side: its ids and the versions stored now. */
        Map<String, String> bodyValues(Side side) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("household", walkIn.reference());
            values.put("individualId", side.household().members().get(0).id().toString());
            values.put(
                    "householdVersion",
                    jdbc.sql("SELECT version FROM household WHERE id = :id")
                            .param("id", side.household().id())
                            .query(Long.class)
                            .single()
                            .toString());
            values.put("centre", side.centre());
            values.put(
                    "centreVersion",
                    Long.toString(centres.find(side.centre()).centre().version()));
            values.put("capacity", Integer.toString(CHANGED_CAPACITY));
            values.put("toCentre", transferTo);
            values.put("caseWorker", "writes." + Role.DOCUMENTATION_CASE_WORKER.cliName() + "." + run);
            return values;
        }

        /** Everything of this run a write could change: households, requests, centres, stays, pairs, users, figures. */
        String fingerprint() {
            String ids = "ARRAY["
                    + String.join(
                            ",", householdIds.stream().map(id -> "'" + id + "'").toList()) + "]::uuid[]";
            String codes = "ARRAY["
                    + String.join(
                            ",",
                            centreCodes.stream().map(code -> "'" + code + "'").toList()) + "]";
            String pairs = "ARRAY[" + inside.pair() + "," + outside.pair() + "]::bigint[]";
            return jdbc.sql("SELECT md5(concat_ws('#',"
                            + " (SELECT string_agg(h::text, '|' ORDER BY h.id) FROM household h WHERE h.id = ANY(" + ids
                            + ")),"
                            + " (SELECT string_agg(i::text, '|' ORDER BY i.id) FROM individual i WHERE i.household_id = ANY("
                            + ids + ")),"
                            + " (SELECT count(*) FROM household_event e WHERE e.household_id = ANY(" + ids + ")),"
                            + " (SELECT string_agg(r::text, '|' ORDER BY r.id) FROM data_subject_request r WHERE r.household_id = ANY("
                            + ids + ")),"
                            + " (SELECT string_agg(c::text, '|' ORDER BY c.code) FROM reception_centre c WHERE c.code = ANY("
                            + codes + ")),"
                            + " (SELECT count(*) FROM reception_centre_event e WHERE e.centre_code = ANY(" + codes
                            + ")),"
                            + " (SELECT string_agg(s::text, '|' ORDER BY s.id) FROM reception_stay s"
                            + "     WHERE s.centre_code = ANY(" + codes + ") OR s.household_id = ANY(" + ids + ")),"
                            + " (SELECT count(*) FROM reception_stay_event e WHERE e.centre_code = ANY(" + codes + ")),"
                            + " (SELECT string_agg(concat_ws(',', d.id, d.status, d.decided_by), '|' ORDER BY d.id)"
                            + "     FROM duplicate_candidate d WHERE d.id = ANY(" + pairs + ")),"
                            + " (SELECT string_agg(c::text, '|' ORDER BY c.id) FROM documentation_case c WHERE c.household_id = ANY("
                            + ids + ")),"
                            + " (SELECT string_agg(s::text, '|' ORDER BY s.id) FROM documentation_step s JOIN documentation_case c"
                            + "     ON c.id = s.case_id WHERE c.household_id = ANY(" + ids + ")),"
                            + " (SELECT count(*) FROM documentation_case_event e JOIN documentation_case c ON c.id = e.case_id"
                            + "     WHERE c.household_id = ANY(" + ids + ")),"
                            + " (SELECT count(*) FROM documentation_reminder r JOIN documentation_case c ON c.id = r.case_id"
                            + "     WHERE c.household_id = ANY(" + ids + ")),"
                            + " (SELECT string_agg(p::text, '|' ORDER BY p.id) FROM documentation_proposal p WHERE p.household_id = ANY("
                            + ids + ")),"
                            + " (SELECT count(*) FROM app_user), (SELECT count(*) FROM user_scope), (SELECT count(*) FROM published_figure)"
                            + "))")
                    .query(String.class)
                    .single();
        }
    }
}
