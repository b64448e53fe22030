package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.PageWalk;
import org.homeward.TestUsers;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSettings;
import org.homeward.demo.GenerationProgress;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.reception.CheckInRequest;
import org.homeward.reception.StayCommands;
import org.homeward.reception.StayQueries;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An attack on masking: with a generated population loaded, a household at a centre and a pair
 * under review, every role reads every page and API answer the application maps, with real ids
 * and search words filled in, and no registered phone or document number of any household may
 * appear whole in any answer (body or headers). Only an explicit reveal with a typed reason shows
 * one, and that reveal is in the audit trail.
 */
@HomewardTest
class MaskingScanIT {

    private static final String REASON = "scan: caller confirms the family's identity";

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    HouseholdImportService imports;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    DuplicateRunService duplicateRuns;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @Autowired
    StayCommands stayCommands;

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    /** The ids the scan fills into each route, all of people carrying phones and documents. */
    private record Targets(Household household, String centre, UUID stay, long pair) {}

    @Test
    void noRoleSeesAWholePhoneOrDocumentNumberWithoutARevealWithAReason() throws Exception {
        Targets targets = load();
        PageWalk walk = PageWalk.through(context);
        SensitiveNeedles needles = SensitiveNeedles.of(jdbc);
        assertThat(needles.size())
                .as("the population carries numbers to look for")
                .isGreaterThan(100);
        List<String> leaks = new ArrayList<>();
        int answers = walk.walk(
                List.of(Role.values()),
                this::scanUser,
                () -> requests(targets),
                answer -> true,
                answer -> needles.foundIn(everythingOf(answer.response()))
                        .ifPresent(found -> leaks.add(answer.where() + " shows " + found)));
        assertThat(answers).isGreaterThan(300);
        assertThat(leaks).isEmpty();
        assertThat(audit.query(null, "household", targets.household().id().toString(), null, null, 500))
                .extracting(AuditRecord::action)
                .contains("READ_HOUSEHOLD")
                .doesNotContain("REVEAL_SENSITIVE");

        revealsShowNumbersOnlyWithAReasonAndAreAudited(walk.mvc(), targets, needles);
    }

    private void revealsShowNumbersOnlyWithAReasonAndAreAudited(MockMvc mvc, Targets targets, SensitiveNeedles needles)
            throws Exception {
        String officer = scanUser(Role.REGISTRATION_OFFICER);
        String householdId = targets.household().id().toString();
        String member = targets.household().members().get(0).id().toString();
        String reveal = "/api/v1/households/" + householdId + "/members/" + member + "/reveal";
        MvcResult blank = mvc.perform(MockMvcRequestBuilders.post(reveal)
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"   \"}"))
                .andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(needles.foundIn(everythingOf(blank.getResponse()))).isEmpty();

        MvcResult revealed = mvc.perform(MockMvcRequestBuilders.post(reveal)
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"" + REASON + "\"}"))
                .andReturn();
        assertThat(revealed.getResponse().getStatus()).isEqualTo(200);
        String phone = jdbc.sql("SELECT phone FROM individual WHERE id = :id")
                .param("id", UUID.fromString(member))
                .query(String.class)
                .single();
        assertThat(revealed.getResponse().getContentAsString()).contains(phone);
        assertThat(audit.query(officer, "household", householdId, null, null, 50))
                .filteredOn(entry -> entry.action().equals("REVEAL_SENSITIVE"))
                .extracting(AuditRecord::reason)
                .containsExactly(REASON);

        // The pair page: masked on GET, whole only on the page the reveal POST leads to.
        String pairPage = "/duplicates/" + targets.pair();
        MvcResult pairRevealed = mvc.perform(MockMvcRequestBuilders.post(pairPage + "/reveal")
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .param("reason", REASON))
                .andReturn();
        assertThat(pairRevealed.getResponse().getRedirectedUrl()).isEqualTo(pairPage);
        String shown = mvc.perform(MockMvcRequestBuilders.get(pairPage)
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .flashAttrs(pairRevealed.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(needles.foundIn(shown)).isPresent();
        assertThat(audit.query(officer, "household", null, null, null, 50))
                .filteredOn(entry -> entry.action().equals("REVEAL_SENSITIVE"))
                .hasSize(3);
    }

    /** Every GET route with real ids and search words, and the POST routes that answer people (the on-entry check). */
    private List<MockHttpServletRequestBuilder> requests(Targets targets) {
        Household household = targets.household();
        IndividualDetails principal = IndividualDetails.of(household.members().get(0));
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
        for (String route : PageWalk.getRoutes(mappings)) {
            String path = PageWalk.fill(
                    route,
                    Map.of(
                            "id",
                            route.contains("stays/")
                                    ? targets.stay().toString()
                                    : route.startsWith("/duplicates/")
                                            ? Long.toString(targets.pair())
                                            : household.id().toString(),
                            "memberId",
                            household.members().get(0).id().toString(),
                            "reference",
                            household.reference(),
                            "code",
                            targets.centre(),
                            "pcode",
                            "SY01",
                            "requestId",
                            "1"));
            requests.add(MockMvcRequestBuilders.get(path)
                    .param("household", household.id().toString())
                    .param("reference", household.reference())
                    .param("name", principal.familyNameLatin())
                    .param("text", principal.familyNameLatin())
                    .accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML));
            requests.add(MockMvcRequestBuilders.get(path)
                    .header("HX-Request", "true")
                    .param("household", household.id().toString())
                    .param("name", principal.givenNameLatin()));
        }
        String entry =
                "{\"registrationSite\":\"scan\",\"members\":[{\"relationship\":\"PRINCIPAL\",\"givenNameLatin\":\""
                        + principal.givenNameLatin() + "\",\"familyNameLatin\":\"" + principal.familyNameLatin()
                        + "\",\"sex\":\""
                        + principal.sex() + "\",\"birthDate\":\"" + principal.birthDate() + "\"}]}";
        requests.add(MockMvcRequestBuilders.post("/api/v1/households/likely-duplicates")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(entry)
                .accept(MediaType.APPLICATION_JSON));
        requests.add(MockMvcRequestBuilders.post("/households/new/likely-duplicates")
                .with(csrf())
                .param("members[0].givenNameLatin", principal.givenNameLatin())
                .param("members[0].familyNameLatin", principal.familyNameLatin())
                .param("members[0].birthDate", principal.birthDate()));
        return requests;
    }

    private static String everythingOf(MockHttpServletResponse response) throws Exception {
        StringBuilder text = new StringBuilder(response.getContentAsString());
        for (String header : response.getHeaderNames()) {
            text.append('\n').append(header).append(": ").append(String.join(",", response.getHeaders(header)));
        }
        return text.toString();
    }

    private String scanUser(Role role) {
        return TestUsers.ensureSeeing(
                users, "scan." + role.cliName(), role, "scan password 12345", "Scan NGO", TestUsers.everyGovernorate());
    }

    /**
     * A generated population imported as the command line would, a household of our own with a
     * second registration of its head (so that the duplicate run proposes a pair of it), checked
     * in at a centre.
     */
    private Targets load() throws Exception {
        DemoSettings settings = DemoSettings.of(19, LocalDate.of(2026, 3, 15), 400);
        new DemoPopulationGenerator(settings).generateInto(directory, GenerationProgress.NONE);
        ImportReport report = imports.importFile(
                directory.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE),
                new ImportOptions(false, null, "scan", ImportOptions.DEFAULT_BATCH_SIZE),
                ImportProgress.SILENT);
        assertThat(report.hasProblems())
                .as(
                        "the generated population imports cleanly: %s",
                        report.problems().stream().limit(5).toList())
                .isFalse();
        assertThat(Files.size(directory.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE)))
                .isPositive();
        Household household = households.register(request("+963 944 581 207", "SC7731902", "+963 933 104 866"), "scan");
        households.register(request("0944 581 207", "SC7731902", null), "scan");
        String centre = "SCAN-" + Long.toString(System.nanoTime() % 100_000, 36);
        centres.create(
                new CentreRequest(
                        centre,
                        "Scan centre",
                        "مركز الفحص",
                        null,
                        null,
                        "SY010000",
                        33.5,
                        36.3,
                        200,
                        50,
                        5,
                        List.of("WATER"),
                        true,
                        null),
                "scan");
        UUID stay = stayCommands
                .checkIn(centre, new CheckInRequest(household.reference(), List.of(), null), "scan")
                .id();
        duplicateRuns.run("scan");
        UUID principal = household.members().get(0).id();
        long pair = jdbc.sql(
                        "SELECT id FROM duplicate_candidate WHERE first_id = :member OR second_id = :member ORDER BY weight DESC LIMIT 1")
                .param("member", principal)
                .query(Long.class)
                .single();
        return new Targets(householdQueries.find(household.id()), centre, stay, pair);
    }

    private static RegisterHouseholdRequest request(
            String principalPhone, String principalDocument, String spousePhone) {
        List<IndividualDetails> members = new ArrayList<>();
        members.add(HouseholdFixtures.yaseen("1981-06-02", principalPhone, principalDocument));
        if (spousePhone != null) {
            members.add(HouseholdFixtures.rana(spousePhone, "PASSPORT", "N40917733"));
        }
        return HouseholdFixtures.fromLebanon(null, members);
    }
}
