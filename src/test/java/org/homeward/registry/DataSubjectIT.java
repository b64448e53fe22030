package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

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

@HomewardTest
class DataSubjectIT {

    private static final String PASSWORD = "data subject officer";

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
                "rights.officer",
                Role.REGISTRATION_OFFICER,
                PASSWORD,
                null,
                List.of(ScopeGrant.parse("area:SY02")));
        api = new ApiClient(port, "rights.officer", PASSWORD);
    }

    @Test
    void aDeletedPersonIsNoLongerFindableButStillCountedAndTheDeletionIsAudited() {
        String family = "Erasable"
                + java.util.concurrent.ThreadLocalRandom.current()
                        .ints(6, 'a', 'z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Answer registered = api.post("/api/v1/households", HouseholdFixtures.familyOfFive(family, "الحموي"));
        String id = registered.json().get("id").asString();
        JsonNode daughter = registered.json().get("members").get(3);
        assertThat(daughter.get("givenNameLatin").asString()).isEqualTo("Lulua");
        assertThat(api.search("Lulua " + family).json().get("total").asLong()).isEqualTo(1);

        Map<String, Object> change = new java.util.HashMap<>(HouseholdFixtures.familyOfFive(family, "الحموي"));
        change.put("version", 0);
        change.put("reason", "spelling");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members =
                new java.util.ArrayList<>((List<Map<String, Object>>) change.get("members"));
        Map<String, Object> renamed = new java.util.HashMap<>(members.get(3));
        renamed.put("givenNameLatin", "Luluah");
        members.set(3, renamed);
        change.put("members", members);
        assertThat(api.put("/api/v1/households/" + id, change).status()).isEqualTo(200);

        Answer opened = api.post(
                "/api/v1/households/" + id + "/requests",
                Map.of(
                        "individualId",
                        daughter.get("id").asString(),
                        "kind",
                        "DELETION",
                        "details",
                        "asked in person"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Answer done = api.post(
                "/api/v1/households/" + id + "/requests/"
                        + opened.json().get("id").asLong() + "/complete",
                Map.of("outcome", "erased as asked"));
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");

        // Search also matches other spellings of Luluah (other households' Lulua): this household must not be among
        // them.
        List<String> found = new java.util.ArrayList<>();
        api.post("/api/v1/households/search", java.util.Map.of("size", 100, "name", "Luluah"))
                .json()
                .get("items")
                .forEach(item -> found.add(item.get("householdId").asString()));
        assertThat(found).doesNotContain(id);
        JsonNode erased =
                api.get("/api/v1/households/" + id).json().get("members").get(3);
        assertThat(erased.get("givenNameLatin").isNull()).isTrue();
        assertThat(erased.get("givenNameAr").isNull()).isTrue();
        assertThat(erased.get("sex").asString()).isEqualTo("F");
        assertThat(erased.get("birthDate").get("precision").asString()).isEqualTo("YEAR");
        String history = api.get("/api/v1/households/" + id + "/history").body();
        assertThat(history).doesNotContain("Lulua").contains("MEMBER_ERASED");

        Map<String, Object> counts = jdbc.sql("""
                        SELECT count(*) AS people, count(*) FILTER (WHERE sex = 'F') AS women
                        FROM individual WHERE household_id = CAST(:id AS uuid)""").param("id", id).query().singleRow();
        assertThat(counts).containsEntry("people", 5L).containsEntry("women", 3L);
        assertThat(audit.query(null, "household", id, null, null, 20))
                .extracting(AuditRecord::action)
                .contains("DATA_SUBJECT_REQUEST", "DATA_SUBJECT_REQUEST_DONE");
    }

    @Test
    void consentRecordsPurposesAndPartnersAndRefusesReferralWithoutPartners() {
        Answer registered = api.post("/api/v1/households", HouseholdFixtures.familyOfFive("Consenting", "الحموي"));
        String id = registered.json().get("id").asString();
        Answer refused = api.put(
                "/api/v1/households/" + id + "/consent",
                Map.of(
                        "version",
                        0,
                        "purposes",
                        List.of("REGISTRATION", "REFERRAL"),
                        "givenBy",
                        "principal",
                        "method",
                        "VERBAL"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("code")).contains("PARTNERS_MISSING");
        Answer recorded = api.put(
                "/api/v1/households/" + id + "/consent",
                Map.of(
                        "version",
                        0,
                        "purposes",
                        List.of("REGISTRATION", "REFERRAL", "STATISTICS"),
                        "partners",
                        List.of("Legal Aid Syria"),
                        "givenBy",
                        "principal",
                        "method",
                        "WRITTEN"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("partners").get(0).asString()).isEqualTo("Legal Aid Syria");
        assertThat(api.get("/api/v1/households/" + id + "/consent")
                        .json()
                        .get("method")
                        .asString())
                .isEqualTo("WRITTEN");
    }
}
