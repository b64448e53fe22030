package org.homeward.linkage;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserProblemException;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Before saving, the registration form learns which registrations in its scope are likely the same people, and why. */
@HomewardTest
class LikelyDuplicateApiIT {

    private static final String PASSWORD = "likely duplicate password";
    @Autowired
    UserService users;
    @Autowired
    DuplicateIndex index;
    @LocalServerPort
    int port;

    @BeforeEach
    void officers() {
        create("entry.aleppo", Role.REGISTRATION_OFFICER, "area:SY02");
        create("entry.damascus", Role.REGISTRATION_OFFICER, "area:SY01");
        create("entry.analyst", Role.ANALYST, null);
    }

    private void create(String username, Role role, String scope) {
        try {
            users.create(username, role, PASSWORD, null);
            users.setScopes(username, scope == null ? List.of() : List.of(ScopeGrant.parse(scope)));
        } catch (UserProblemException exists) {
            // created by an earlier test
        }
    }

    private ApiClient as(String username) {
        return new ApiClient(port, username, PASSWORD);
    }

    @Test
    void newEntryInOtherScriptFindsTheRegisteredPersonWithExplanation() {
        index.build();
        Answer registered = as("entry.aleppo").post("/api/v1/households", HouseholdFixtures.familyOfFive("Al-Dandashi", "الدندشي"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String householdId = registered.json().get("id").asString();
        Map<String, Object> entry = Map.of("registrationSite", "Masnaa crossing", "members", List.of(
                HouseholdFixtures.member("PRINCIPAL", null, "Muhammed", null, "Ahmed", null, "Dandashi", "M", "1979-03-14",
                        null, List.of())));

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
        best.get("fields").forEach(field -> fields.add(field.get("field").asString() + ":" + field.get("level").asString()));
        assertThat(fields).contains("GIVEN_NAME:variant", "FATHER_NAME:variant", "FAMILY_NAME:exact", "BIRTH_DATE:same-day");

        Answer outside = as("entry.damascus").post("/api/v1/households/likely-duplicates", entry);
        assertThat(householdsOf(outside.json().get("members").get(0).get("matches"))).doesNotContain(householdId);
        assertThat(as("entry.analyst").post("/api/v1/households/likely-duplicates", entry).status()).isEqualTo(403);
    }

    private static List<String> householdsOf(JsonNode matches) {
        List<String> ids = new ArrayList<>();
        matches.forEach(match -> ids.add(match.get("householdId").asString()));
        return ids;
    }
}
