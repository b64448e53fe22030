package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.TestApplication;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

class HouseholdApiIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void registersMovesAndChangesAHouseholdThatSurvivesARestartWithItsHistory() {
        Path data = Path.of("target/test-data/api-restart-" + UUID.randomUUID());
        String id;
        List<String> eventsBefore = new ArrayList<>();
        try (ConfigurableApplicationContext first = TestApplication.start(data, true)) {
            first.getBean(UserService.class).create("officer.amal", Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
            first.getBean(UserService.class).setScopes("officer.amal", List.of(ScopeGrant.parse("area:SY02")));
            ApiClient api = new ApiClient(TestApplication.port(first), "officer.amal", PASSWORD);

            Answer registered = api.post("/api/v1/households", HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي"));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            id = registered.json().get("id").asString();
            assertThat(registered.json().get("members")).hasSize(5);

            Answer inTransit = api.post(
                    "/api/v1/households/" + id + "/journey",
                    Map.of("version", 0, "status", "IN_TRANSIT", "reason", "Crossed at Masnaa"));
            assertThat(inTransit.status()).as(inTransit.body()).isEqualTo(200);
            Answer atReception = api.post(
                    "/api/v1/households/" + id + "/journey",
                    Map.of("version", 1, "status", "AT_RECEPTION", "reason", "Arrived at the centre"));
            assertThat(atReception.json().get("journey").get("status").asString())
                    .isEqualTo("AT_RECEPTION");

            Answer backwards = api.post(
                    "/api/v1/households/" + id + "/journey",
                    Map.of("version", 2, "status", "REGISTERED", "reason", "mistake"));
            assertThat(backwards.status()).isEqualTo(409);
            assertThat(backwards.json().get("code").asString()).isEqualTo("JOURNEY_TRANSITION_NOT_ALLOWED");

            Map<String, Object> changed = new java.util.HashMap<>(HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي"));
            changed.put("version", 2);
            changed.put("reason", "Phone number corrected");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) changed.get("members"));
            Map<String, Object> principal = new java.util.HashMap<>(members.get(0));
            principal.put("phone", "+963 955 000 111");
            members.set(0, principal);
            changed.put("members", members);
            Answer updated = api.put("/api/v1/households/" + id, changed);
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            assertThat(updated.json().get("version").asInt()).isEqualTo(3);

            Answer stale = api.put("/api/v1/households/" + id, changed);
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().get("code").asString()).isEqualTo("HOUSEHOLD_CHANGED_BY_SOMEONE_ELSE");

            for (JsonNode event :
                    api.get("/api/v1/households/" + id + "/history").json()) {
                eventsBefore.add(event.get("type").asString());
            }
        }

        try (ConfigurableApplicationContext second = TestApplication.start(data, false)) {
            ApiClient api = new ApiClient(TestApplication.port(second), "officer.amal", PASSWORD);
            Answer household = api.get("/api/v1/households/" + id);
            assertThat(household.status()).isEqualTo(200);
            JsonNode members = household.json().get("members");
            assertThat(members).hasSize(5);
            assertThat(members.get(0).get("givenNameAr").asString()).isEqualTo("محمد");
            assertThat(members.get(0).get("phone").asString()).isEqualTo("+963•••••••11");
            Answer revealed = api.post(
                    "/api/v1/households/" + id + "/members/"
                            + members.get(0).get("id").asString() + "/reveal",
                    Map.of("reason", "calling to confirm arrival"));
            assertThat(revealed.json().get("phone").asString()).isEqualTo("+963955000111");
            assertThat(members.get(1).get("birthDate").get("precision").asString())
                    .isEqualTo("YEAR");
            assertThat(members.get(2).get("birthDate").get("precision").asString())
                    .isEqualTo("MONTH");
            assertThat(members.get(4).get("birthDate").get("precision").asString())
                    .isEqualTo("UNKNOWN");
            assertThat(household.json().get("journey").get("status").asString()).isEqualTo("AT_RECEPTION");

            Answer history = api.get("/api/v1/households/" + id + "/history");
            List<String> types = new ArrayList<>();
            for (JsonNode event : history.json()) {
                types.add(event.get("type").asString());
                assertThat(event.get("actor").asString()).isEqualTo("officer.amal");
            }
            assertThat(types)
                    .containsExactly("REGISTERED", "JOURNEY_MOVED", "JOURNEY_MOVED", "UPDATED")
                    .isEqualTo(eventsBefore);
            JsonNode update = history.json().get(3);
            assertThat(update.get("reason").asString()).isEqualTo("Phone number corrected");
            assertThat(update.get("details").get("members[0].phone").get("from").asString())
                    .isEqualTo("+963•••••••56");
            assertThat(history.json().get(2).get("details").get("to").asString())
                    .isEqualTo("AT_RECEPTION");

            Answer found = api.search("الحموي");
            assertThat(found.json().get("items").findValuesAsString("householdId"))
                    .contains(id);
        }
    }

    @Test
    void refusesStrangersAndRolesWithoutAccessToPeople() {
        Path data = Path.of("target/test-data/api-roles-" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = TestApplication.start(data, true)) {
            app.getBean(UserService.class).create("analyst.omar", Role.ANALYST, PASSWORD, null);
            int port = TestApplication.port(app);
            assertThat(new ApiClient(port, null, null)
                            .get("/api/v1/households/by-reference/HW-0000000000")
                            .status())
                    .isEqualTo(401);
            // Without any credentials a POST is refused before sign-in is asked for: it carries no CSRF token.
            assertThat(new ApiClient(port, null, null).search("x").status()).isIn(401, 403);
            assertThat(new ApiClient(port, "analyst.omar", "wrong password!")
                            .search("x")
                            .status())
                    .isEqualTo(401);
            Answer analyst = new ApiClient(port, "analyst.omar", PASSWORD).search("x");
            assertThat(analyst.status()).isEqualTo(403);
            assertThat(new ApiClient(port, "analyst.omar", PASSWORD)
                            .post("/api/v1/households", HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي"))
                            .status())
                    .isEqualTo(403);
        }
    }

    @Test
    void aClientTradesItsPasswordForABearerTokenThatEndsWithTheAccount() {
        Path data = Path.of("target/test-data/api-token-" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = TestApplication.start(data, true)) {
            UserService users = app.getBean(UserService.class);
            users.create("officer.sami", Role.REGISTRATION_OFFICER, PASSWORD, null);
            users.setScopes("officer.sami", List.of(ScopeGrant.parse("site:Masnaa crossing")));
            int port = TestApplication.port(app);
            Answer issued = new ApiClient(port, "officer.sami", PASSWORD).post("/api/v1/tokens", "");
            assertThat(issued.status()).isEqualTo(201);
            String token = issued.json().get("token").asString();

            ApiClient bearer = ApiClient.withToken(port, token);
            assertThat(bearer.post("/api/v1/households", HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي"))
                            .status())
                    .isEqualTo(201);
            assertThat(ApiClient.withToken(port, token + "x").search("x").status())
                    .isEqualTo(401);

            users.setEnabled("officer.sami", false);
            assertThat(bearer.search("x").status()).isEqualTo(401);
        }
    }
}
