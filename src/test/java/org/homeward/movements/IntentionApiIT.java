package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intentions API as officers and analysts use it: a new intention supersedes the old one and
 * both stay; an officer's import matches only households in the officer's area; a saved mapping is
 * used by name; the figures count current intentions, hide small counts, and are open to analysts.
 */
@HomewardTest
class IntentionApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.concurrent.atomic.AtomicBoolean CREATED =
            new java.util.concurrent.atomic.AtomicBoolean();

    @Autowired
    WebApplicationContext context;

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @Autowired
    IntentionFigures figures;

    MockMvc mvc;
    String officer;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        officer = "intentions.officer." + IntentionTestData.RUN.toLowerCase();
        if (CREATED.compareAndSet(false, true)) {
            users.create(officer, Role.REGISTRATION_OFFICER, "intentions officer password", null);
            users.setScopes(officer, List.of(ScopeGrant.parse("area:SY01")));
        }
    }

    @Test
    void aNewIntentionSupersedesTheOldOneAndTheFiguresCountOnlyTheCurrentOne() throws Exception {
        Household household = IntentionTestData.household(households, "IRQ", "SY010000", 6, null);
        YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Damascus"));
        long before = intendingFromIraq(thisMonth);
        String path = "/api/v1/households/" + household.id() + "/intentions";

        MvcResult first = mvc.perform(post(path)
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"intention":"within_3_months","destination":"صوران، حلب","conditions":["safety","housing"],"goAndSee":true}"""))
                .andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(JSON.readTree(first.getResponse().getContentAsString())
                        .get("destinationPcode")
                        .asString())
                .isEqualTo("SY020405");
        assertThat(intendingFromIraq(thisMonth)).isEqualTo(before + 6);

        MvcResult second = mvc.perform(post(path)
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intention\":\"UNDECIDED\"}"))
                .andReturn();
        assertThat(second.getResponse().getStatus()).isEqualTo(201);
        JsonNode history = json(mvc.perform(get(path).with(user(officer).roles("REGISTRATION_OFFICER")))
                .andReturn());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("intention").asString()).isEqualTo("UNDECIDED");
        assertThat(history.get(1).get("intention").asString()).isEqualTo("WITHIN_3_MONTHS");
        assertThat(history.get(1).get("source").asString()).isEqualTo("FORM");
        assertThat(intendingFromIraq(thisMonth)).isEqualTo(before);
    }

    @Test
    void refusesABadIntentionNamingEachFieldAndRecordsNothing() throws Exception {
        Household household = IntentionTestData.household(households, "LBN", "SY010000", 1, null);
        String path = "/api/v1/households/" + household.id() + "/intentions";
        MvcResult refused = mvc.perform(post(path)
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"intention":"soon","destination":"Atlantis","conditions":["WIFI"],"statedOn":"2026-02-31"}"""))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("INTENTION_INVALID");
        assertThat(problem.get("errors").findValuesAsString("code"))
                .containsExactlyInAnyOrder("INTENTION_UNKNOWN", "PLACE_UNKNOWN", "CONDITION_UNKNOWN", "DATE_INVALID");
        assertThat(json(mvc.perform(get(path).with(user(officer).roles("REGISTRATION_OFFICER")))
                        .andReturn()))
                .isEmpty();
    }

    @Test
    void anOfficersImportMatchesOnlyHouseholdsInTheOfficersAreaAndAnalystsMayNotImport() throws Exception {
        Household inside = IntentionTestData.household(households, "LBN", "SY010000", 2, null);
        Household outside = IntentionTestData.household(households, "LBN", "SY020200", 2, null);
        byte[] csv = SurveyFiles.csv(
                ',',
                List.of(
                        List.of("household_reference", "return_intention"),
                        List.of(inside.reference(), "within_3_months"),
                        List.of(outside.reference(), "within_3_months")));
        MockMultipartFile file = new MockMultipartFile("file", "area.csv", "text/csv", csv);

        MvcResult refused = mvc.perform(multipart("/api/v1/intentions/import")
                        .header("X-Requested-With", "curl")
                        .file(file)
                        .param("mapping", ColumnMappings.STANDARD)
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        JsonNode report = json(refused);
        assertThat(report.get("imported").asBoolean()).isFalse();
        assertThat(report.get("problems")).hasSize(1);
        assertThat(report.get("problems").get(0).get("row").asLong()).isEqualTo(3);
        assertThat(report.get("problems").get(0).get("code").asString()).isEqualTo("HOUSEHOLD_NOT_FOUND");

        MvcResult analyst = mvc.perform(multipart("/api/v1/intentions/import")
                        .header("X-Requested-With", "curl")
                        .file(file)
                        .with(csrf())
                        .with(user("intentions.analyst").roles("ANALYST")))
                .andReturn();
        assertThat(analyst.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aSavedMappingReadsAnOdkExportByItsOwnColumnsAndChoices() throws Exception {
        Household household = IntentionTestData.household(households, "EGY", "SY010000", 3, null);
        String name = "odk-" + IntentionTestData.RUN.toLowerCase();
        MvcResult saved = mvc.perform(post("/api/v1/intentions/mappings")
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"name":"%s","columns":{"reference":["data-case_ref"],"intention":["data-plan"],"stated_on":["SubmissionDate"],
                         "submission_id":["KEY"]},"choices":{"intention":{"1":"WITHIN_3_MONTHS","2":"WITHIN_12_MONTHS","3":"NOT_INTENDING"}}}""".formatted(name)))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        byte[] csv = SurveyFiles.csv(
                ',',
                List.of(
                        List.of("SubmissionDate", "data-case_ref", "data-plan", "KEY"),
                        List.of(
                                "2026-04-02T10:00:00.000Z",
                                household.reference(),
                                "2",
                                "uuid:" + IntentionTestData.RUN)));
        MvcResult imported = mvc.perform(multipart("/api/v1/intentions/import")
                        .header("X-Requested-With", "curl")
                        .file(new MockMultipartFile("file", "odk.csv", "text/csv", csv))
                        .param("mapping", name)
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER")))
                .andReturn();
        assertThat(imported.getResponse().getStatus()).isEqualTo(200);
        assertThat(json(imported).get("recorded").asInt()).isEqualTo(1);
        JsonNode history = json(mvc.perform(get("/api/v1/households/" + household.id() + "/intentions")
                        .with(user(officer).roles("REGISTRATION_OFFICER")))
                .andReturn());
        assertThat(history.get(0).get("intention").asString()).isEqualTo("WITHIN_12_MONTHS");
        assertThat(history.get(0).get("statedOn").asString()).isEqualTo("2026-04-02");

        MvcResult wrong = mvc.perform(post("/api/v1/intentions/mappings")
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"name":"wrong","columns":{"intention":["q"],"colour":["c"]},"choices":{"intention":{"1":"SOON"}}}"""))
                .andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(wrong).get("errors").findValuesAsString("code"))
                .contains("MAPPING_FIELD_UNKNOWN", "MAPPING_CHOICE_UNKNOWN_CODE", "MAPPING_MATCH_MISSING");
    }

    @Test
    void analystsReadTheFiguresWithSmallCountsHiddenButNotTheHouseholdsIntentions() throws Exception {
        Household household = IntentionTestData.household(households, "CYP", "SY010000", 2, null);
        mvc.perform(post("/api/v1/households/" + household.id() + "/intentions")
                        .with(csrf())
                        .with(user(officer).roles("REGISTRATION_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intention\":\"WITHIN_12_MONTHS\"}"))
                .andReturn();
        assertThat(figures.personsIntending(
                        LocalDate.now().minusMonths(1), LocalDate.now().plusDays(1)))
                .anyMatch(line -> line.asylumCountry().equals("CYP") && line.persons() >= 2);

        MvcResult table = mvc.perform(get("/api/v1/intentions/figures")
                        .with(user("intentions.analyst").roles("ANALYST")))
                .andReturn();
        assertThat(table.getResponse().getStatus()).isEqualTo(200);
        JsonNode cyprus = null;
        for (JsonNode line : json(table).get("intending")) {
            if (line.get("country").asString().equals("CYP")) {
                cyprus = line;
            }
        }
        assertThat(cyprus).as("Cyprus has a line").isNotNull();
        // Only this test's two persons come from Cyprus: a count under the threshold is never shown.
        assertThat(cyprus.get("total").isNull()).isTrue();
        assertThat(table.getResponse().getContentAsString()).doesNotContain(household.reference());

        MvcResult people = mvc.perform(get("/api/v1/households/" + household.id() + "/intentions")
                        .with(user("intentions.analyst").roles("ANALYST")))
                .andReturn();
        assertThat(people.getResponse().getStatus()).isEqualTo(403);
    }

    private long intendingFromIraq(YearMonth month) {
        return figures.personsIntending(month.atDay(1), month.atEndOfMonth()).stream()
                .filter(line -> line.asylumCountry().equals("IRQ"))
                .mapToLong(IntentionFigures.IntendingPersons::persons)
                .sum();
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
