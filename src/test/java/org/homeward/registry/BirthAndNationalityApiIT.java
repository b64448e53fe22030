package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Nationality, place of birth and consent through the API on a real database: registered, read,
 * corrected with their history, refused by field when wrong, and nothing written by a refused request.
 */
@HomewardTest
class BirthAndNationalityApiIT {

    private static final String PASSWORD = "birth place officer";

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void officer() {
        TestUsers.ensure(
                users,
                "birth.officer",
                Role.REGISTRATION_OFFICER,
                PASSWORD,
                null,
                List.of(ScopeGrant.parse("area:SY02")));
        api = new ApiClient(port, "birth.officer", PASSWORD);
    }

    /** A family of five whose principal and spouse carry the fields given; a family name unique to the test. */
    private static Map<String, Object> family(
            String familyName, Map<String, Object> principal, Map<String, Object> spouse) {
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive(familyName, "الحموي"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) household.get("members"));
        Map<String, Object> first = new HashMap<>(members.get(0));
        first.putAll(principal);
        members.set(0, first);
        Map<String, Object> second = new HashMap<>(members.get(1));
        second.putAll(spouse);
        members.set(1, second);
        household.put("members", members);
        return household;
    }

    /** A family name no other test in the same database carries (six random letters after the root). */
    private static String familyName() {
        StringBuilder name = new StringBuilder("Mawlid");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private long householdsOf(String familyName) {
        return jdbc.sql("SELECT count(DISTINCT household_id) FROM individual WHERE family_name_latin = :name")
                .param("name", familyName)
                .query(Long.class)
                .single();
    }

    @Test
    void registersNationalityAndPlaceOfBirthAndCorrectsThemWithTheirHistory() {
        Answer registered = api.post(
                "/api/v1/households",
                family(
                        familyName(),
                        Map.of("nationality", "syr", "birthPlace", "SY080005"),
                        Map.of("nationality", "LBN", "birthCountry", "LBN", "birthTown", "Tripoli")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        JsonNode principal = registered.json().get("members").get(0);
        assertThat(principal.get("nationality").asString()).isEqualTo("SYR");
        assertThat(principal.get("birthPlace").asString()).isEqualTo("SY080005");
        assertThat(principal.get("birthCountry").asString()).isEqualTo("SYR");
        assertThat(principal.get("birthTown").isNull()).isTrue();
        JsonNode spouse =
                api.get("/api/v1/households/" + id).json().get("members").get(1);
        assertThat(spouse.get("birthCountry").asString()).isEqualTo("LBN");
        assertThat(spouse.get("birthTown").asString()).isEqualTo("Tripoli");

        Map<String, Object> corrected = new HashMap<>(memberAsSent(spouse));
        corrected.put("nationality", "SYR");
        corrected.put("birthCountry", "JOR");
        corrected.put("birthTown", "Irbid");
        Answer correction = api.put(
                "/api/v1/households/" + id + "/members/" + spouse.get("id").asString(),
                Map.of("version", 0, "member", corrected, "reason", "passport seen"));
        assertThat(correction.status()).as(correction.body()).isEqualTo(200);
        assertThat(correction.json().get("members").get(1).get("nationality").asString())
                .isEqualTo("SYR");

        JsonNode history = api.get("/api/v1/households/" + id + "/history").json();
        JsonNode update = history.get(history.size() - 1);
        assertThat(update.get("reason").asString()).isEqualTo("passport seen");
        JsonNode changes =
                update.get("details").has("changes") ? update.get("details").get("changes") : update.get("details");
        assertThat(changes.get("members[1].nationality").get("from").asString()).isEqualTo("LBN");
        assertThat(changes.get("members[1].nationality").get("to").asString()).isEqualTo("SYR");
        assertThat(changes.get("members[1].birthTown").get("to").asString()).isEqualTo("Irbid");
        assertThat(jdbc.sql("SELECT birth_country FROM individual WHERE id = CAST(:id AS uuid)")
                        .param("id", spouse.get("id").asString())
                        .query(String.class)
                        .single())
                .isEqualTo("JOR");
    }

    @Test
    void refusesEachWrongFieldByNameAndWritesNothing() {
        String familyName = familyName();
        Answer refused = api.post(
                "/api/v1/households",
                family(
                        familyName,
                        Map.of("nationality", "XYZ", "birthPlace", "SY999999"),
                        Map.of("birthTown", "Homs", "birthCountry", "SYR")));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("HOUSEHOLD_INVALID");
        Map<String, String> codes = new HashMap<>();
        refused.json()
                .get("errors")
                .forEach(error -> codes.put(
                        error.get("field").asString(), error.get("code").asString()));
        assertThat(codes)
                .containsEntry("members[0].nationality", "NATIONALITY_UNKNOWN")
                .containsEntry("members[0].birthPlace", "BIRTH_PLACE_UNKNOWN")
                .containsEntry("members[1].birthTown", "BIRTH_TOWN_WITHOUT_COUNTRY");
        refused.json()
                .get("errors")
                .forEach(error -> assertThat(error.get("message").asString()).isNotBlank());

        Answer both = api.post(
                "/api/v1/households",
                family(familyName, Map.of("birthPlace", "SY080005", "birthCountry", "LBN"), Map.of()));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").findValuesAsString("code")).contains("BIRTH_PLACE_OUTSIDE_SYRIA");
        assertThat(householdsOf(familyName)).isZero();
    }

    @Test
    void recordsTheConsentSentWithTheRegistrationAsTheFormDoes() {
        Map<String, Object> household = new HashMap<>(family(familyName(), Map.of(), Map.of()));
        household.put(
                "consent",
                Map.of(
                        "purposes",
                        List.of("REGISTRATION", "REFERRAL"),
                        "partners",
                        List.of("UNHCR"),
                        "givenBy",
                        "principal",
                        "method",
                        "VERBAL"));
        Answer registered = api.post("/api/v1/households", household);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("members").get(0).get("phone").asString())
                .contains("•");
        String id = registered.json().get("id").asString();

        JsonNode consent = api.get("/api/v1/households/" + id + "/consent").json();
        List<String> purposes = new ArrayList<>();
        consent.get("purposes").forEach(purpose -> purposes.add(purpose.asString()));
        assertThat(purposes).containsExactlyInAnyOrder("REGISTRATION", "REFERRAL");
        assertThat(consent.get("partners").get(0).asString()).isEqualTo("UNHCR");
        assertThat(consent.get("method").asString()).isEqualTo("VERBAL");
        assertThat(consent.get("givenBy").asString()).isEqualTo("principal");

        List<String> events = new ArrayList<>();
        api.get("/api/v1/households/" + id + "/history")
                .json()
                .forEach(event -> events.add(event.get("type").asString()));
        assertThat(events).containsExactly("REGISTERED", "CONSENT_RECORDED");
        assertThat(audit.query(null, "household", id, null, null, 20))
                .extracting(AuditRecord::action)
                .contains("REGISTER_HOUSEHOLD", "RECORD_CONSENT");
    }

    @Test
    void refusesMalformedConsentWithItsFieldsAndRegistersNothing() {
        String familyName = familyName();
        Map<String, Object> household = new HashMap<>(family(familyName, Map.of(), Map.of()));
        household.put("consent", Map.of("purposes", List.of("REFERRAL", "MARKETING"), "method", "SHOUTED"));
        Answer refused = api.post("/api/v1/households", household);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        List<String> fields = refused.json().get("errors").findValuesAsString("field");
        assertThat(fields).contains("consent.purposes", "consent.partners", "consent.method", "consent.givenBy");
        assertThat(refused.json().get("errors").findValuesAsString("code"))
                .contains("PURPOSE_UNKNOWN", "PARTNERS_MISSING", "CONSENT_METHOD_INVALID", "CONSENT_GIVER_MISSING");

        household.put("consent", "yes");
        Answer notAnObject = api.post("/api/v1/households", household);
        assertThat(notAnObject.status()).as(notAnObject.body()).isEqualTo(400);
        assertThat(householdsOf(familyName)).isZero();
    }

    /** A member as read, turned back into what the API takes (the birth date as text). */
    private static Map<String, Object> memberAsSent(JsonNode member) {
        Map<String, Object> sent = new HashMap<>();
        for (String field : List.of(
                "relationship",
                "givenNameAr",
                "givenNameLatin",
                "fatherNameAr",
                "fatherNameLatin",
                "familyNameAr",
                "familyNameLatin",
                "sex",
                "phone",
                "nationality",
                "birthCountry",
                "birthPlace",
                "birthTown")) {
            JsonNode value = member.get(field);
            sent.put(field, value == null || value.isNull() ? null : value.asString());
        }
        sent.put(
                "birthDate",
                member.get("birthDate").get("date").isNull()
                        ? ""
                        : member.get("birthDate").get("date").asString().substring(0, 4));
        List<String> needs = new ArrayList<>();
        member.get("specificNeeds")
                .forEach(need -> needs.add(SpecificNeed.valueOf(need.asString()).code()));
        sent.put("specificNeeds", needs);
        return sent;
    }
}
