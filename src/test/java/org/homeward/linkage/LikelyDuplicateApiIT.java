package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Before saving, the registration form learns which registrations in its scope are likely the same people, and why. */
@HomewardTest
class LikelyDuplicateApiIT {

    private static final String PASSWORD = "likely duplicate password";

    @Autowired
    UserService users;

    @Autowired
    DuplicateIndex index;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void officers() {
        create("entry.aleppo", Role.REGISTRATION_OFFICER, "area:SY02");
        create("entry.damascus", Role.REGISTRATION_OFFICER, "area:SY01");
        create("entry.analyst", Role.ANALYST, null);
    }

    private void create(String username, Role role, String scope) {
        TestUsers.ensure(
                users, username, role, PASSWORD, null, scope == null ? List.of() : List.of(ScopeGrant.parse(scope)));
    }

    private ApiClient as(String username) {
        return new ApiClient(port, username, PASSWORD);
    }

    @Test
    void newEntryInOtherScriptFindsTheRegisteredPersonWithExplanation() {
        index.build();
        Answer registered =
                as("entry.aleppo").post("/api/v1/households", HouseholdFixtures.familyOfFive("Al-Dandashi", "الدندشي"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String householdId = registered.json().get("id").asString();
        Map<String, Object> entry = Map.of(
                "registrationSite",
                "Masnaa crossing",
                "members",
                List.of(HouseholdFixtures.member(
                        "PRINCIPAL",
                        null,
                        "Muhammed",
                        null,
                        "Ahmed",
                        null,
                        "Dandashi",
                        "M",
                        "1979-03-14",
                        null,
                        List.of())));

        Answer answer = as("entry.aleppo").post("/api/v1/households/likely-duplicates", entry);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("ready").asBoolean()).isTrue();
        JsonNode matches = answer.json().get("members").get(0).get("matches");
        assertThat(householdsOf(matches)).contains(householdId);
        JsonNode best = matches.get(0);
        assertThat(best.get("householdId").asString()).isEqualTo(householdId);
        assertThat(best.get("name").asString()).contains("محمد");
        assertThat(best.get("weight").asDouble()).as(answer.body()).isGreaterThan(0);
        List<String> fields = new ArrayList<>();
        best.get("fields")
                .forEach(field -> fields.add(
                        field.get("field").asString() + ":" + field.get("level").asString()));
        assertThat(fields)
                .contains("GIVEN_NAME:variant", "FATHER_NAME:variant", "FAMILY_NAME:exact", "BIRTH_DATE:same-day");
        assertThat(answer.body()).doesNotContain(registeredPhone(registered).substring(4));

        Answer outside = as("entry.damascus").post("/api/v1/households/likely-duplicates", entry);
        assertThat(householdsOf(outside.json().get("members").get(0).get("matches")))
                .doesNotContain(householdId);
        assertThat(as("entry.analyst")
                        .post("/api/v1/households/likely-duplicates", entry)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void editsReplaceTheIndexedIndividualSoARenamedPersonIsFoundOnlyUnderTheNewName() {
        index.build();
        ApiClient officer = as("entry.aleppo");
        Answer registered =
                officer.post("/api/v1/households", HouseholdFixtures.familyOfFive("Al-Tarabishi", "الطرابيشي"));
        String householdId = registered.json().get("id").asString();
        String principalId = registered.json().get("members").get(0).get("id").asString();
        Map<String, Object> byOldName = entry("محمد", "Mohammad", "أحمد", "Ahmad", "الطرابيشي", "Al-Tarabishi");
        Map<String, Object> byNewName = entry("مروان", "Marwan", "سليم", "Salim", "القباني", "Qabbani");
        assertThat(individualsOf(officer.post("/api/v1/households/likely-duplicates", byOldName)))
                .contains(principalId);
        int size = index.size();
        long postings = index.postingCount();

        String[][] names = {
            {"مروان", "Marwan", "سليم", "Salim", "القباني", "Qabbani"},
            {"زياد", "Ziad", "سليم", "Salim", "القباني", "Qabbani"}
        };
        for (int edit = 0; edit < 6; edit++) {
            rename(officer, householdId, names[(edit + 1) % 2], edit + 1);
            officer.post("/api/v1/households/likely-duplicates", byNewName);
            assertThat(index.size()).isEqualTo(size);
            assertThat(index.postingCount()).isEqualTo(postings);
        }

        assertThat(individualsOf(officer.post("/api/v1/households/likely-duplicates", byNewName)))
                .containsOnlyOnce(principalId);
        assertThat(individualsOf(officer.post("/api/v1/households/likely-duplicates", byOldName)))
                .doesNotContain(principalId);
    }

    @Test
    void anEnteredPhoneIsAnsweredSameOrDifferentWithBothSidesMasked() {
        index.build();
        Answer registered = as("entry.aleppo")
                .post("/api/v1/households", HouseholdFixtures.familyOfFive("Al-Mardini", "المارديني"));
        String phone = registeredPhone(registered);
        Map<String, Object> sameNumber = Map.of(
                "registrationSite",
                "Masnaa crossing",
                "members",
                List.of(HouseholdFixtures.member(
                        "PRINCIPAL",
                        null,
                        "Muhammed",
                        null,
                        "Ahmed",
                        null,
                        "Mardini",
                        "M",
                        "1979-03-14",
                        phone,
                        List.of())));

        Answer answer = as("entry.aleppo").post("/api/v1/households/likely-duplicates", sameNumber);

        // Other tests of the shared registry register the same family with the same phone: find this one's match.
        JsonNode best = null;
        for (JsonNode match : answer.json().get("members").get(0).get("matches")) {
            if (match.get("householdId")
                    .asString()
                    .equals(registered.json().get("id").asString())) {
                best = match;
            }
        }
        assertThat(best).as("the registered household among the likely matches").isNotNull();
        JsonNode phoneField = null;
        for (JsonNode field : best.get("fields")) {
            if (field.get("field").asString().equals("PHONE")) {
                phoneField = field;
            }
        }
        assertThat(phoneField).as(answer.body()).isNotNull();
        assertThat(phoneField.get("comparison").asString()).isEqualTo("same");
        assertThat(phoneField.get("registered").asString()).contains("•").endsWith(phone.substring(phone.length() - 2));
        assertThat(answer.body()).doesNotContain(phone.substring(4));
    }

    private String registeredPhone(Answer registered) {
        return jdbc.sql("SELECT phone FROM individual WHERE id = :id")
                .param(
                        "id",
                        java.util.UUID.fromString(registered
                                .json()
                                .get("members")
                                .get(0)
                                .get("id")
                                .asString()))
                .query(String.class)
                .single();
    }

    private static Map<String, Object> entry(
            String givenAr, String given, String fatherAr, String father, String familyAr, String family) {
        return Map.of(
                "registrationSite",
                "Masnaa crossing",
                "members",
                List.of(HouseholdFixtures.member(
                        "PRINCIPAL",
                        givenAr,
                        given,
                        fatherAr,
                        father,
                        familyAr,
                        family,
                        "M",
                        "1979-03-14",
                        null,
                        List.of())));
    }

    @SuppressWarnings("unchecked")
    private static void rename(ApiClient officer, String householdId, String[] chain, int version) {
        Map<String, Object> changed =
                new java.util.HashMap<>(HouseholdFixtures.familyOfFive("Al-Tarabishi", "الطرابيشي"));
        List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) changed.get("members"));
        Map<String, Object> principal = new java.util.HashMap<>(members.get(0));
        principal.putAll(Map.of(
                "givenNameAr",
                chain[0],
                "givenNameLatin",
                chain[1],
                "fatherNameAr",
                chain[2],
                "fatherNameLatin",
                chain[3],
                "familyNameAr",
                chain[4],
                "familyNameLatin",
                chain[5]));
        members.set(0, principal);
        changed.put("members", members);
        changed.put("version", version - 1);
        changed.put("reason", "Name corrected from the identity card");
        Answer updated = officer.put("/api/v1/households/" + householdId, changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    }

    private static List<String> individualsOf(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json()
                .get("members")
                .get(0)
                .get("matches")
                .forEach(match -> ids.add(match.get("individualId").asString()));
        return ids;
    }

    private static List<String> householdsOf(JsonNode matches) {
        List<String> ids = new ArrayList<>();
        matches.forEach(match -> ids.add(match.get("householdId").asString()));
        return ids;
    }
}
