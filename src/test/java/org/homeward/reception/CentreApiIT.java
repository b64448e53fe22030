package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@HomewardTest
class CentreApiIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @LocalServerPort
    int port;

    @Test
    void opensReadsAndChangesACentreWithOptimisticLockingAndHistory() {
        ApiClient coordinator =
                new ApiClient(port, ReceptionTestData.user(users, Role.COORDINATOR), ReceptionTestData.PASSWORD);
        String code = ReceptionTestData.unique("API");
        Map<String, Object> centre = centre(code);

        Answer created = coordinator.post("/api/v1/centres", centre);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isZero();
        assertThat(created.json()
                        .get("services")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("HEALTH_POINT", "WATER");
        assertThat(coordinator
                        .post("/api/v1/centres", centre)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("CENTRE_EXISTS");

        Answer read = coordinator.get("/api/v1/centres/" + code);
        assertThat(read.json().get("centre").get("nameAr").asString()).isEqualTo("مركز استقبال الكسوة");
        assertThat(read.json().get("free").get("persons").asInt()).isEqualTo(400);
        assertThat(read.json().get("status").asString()).isEqualTo("OPEN");

        Map<String, Object> change = new HashMap<>(centre);
        change.put("capacityPersons", 450);
        change.put("version", 0);
        Answer changed = coordinator.put("/api/v1/centres/" + code, change);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("version").asInt()).isEqualTo(1);
        Answer stale = coordinator.put("/api/v1/centres/" + code, change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("CENTRE_CHANGED_BY_SOMEONE_ELSE");

        JsonNode history =
                coordinator.get("/api/v1/centres/" + code + "/history").json();
        assertThat(history.valueStream()
                        .map(event -> event.get("type").asString())
                        .toList())
                .containsExactly("CREATED", "UPDATED");
        assertThat(history.get(1)
                        .get("details")
                        .get("capacityPersons")
                        .get("from")
                        .asInt())
                .isEqualTo(400);
        assertThat(history.get(1)
                        .get("details")
                        .get("capacityPersons")
                        .get("to")
                        .asInt())
                .isEqualTo(450);
    }

    @Test
    void namesEveryFieldAtFaultAndNeverAnswersAServerError() {
        ApiClient coordinator =
                new ApiClient(port, ReceptionTestData.user(users, Role.COORDINATOR), ReceptionTestData.PASSWORD);
        Map<String, Object> bad = new HashMap<>(centre("bad code!"));
        bad.put("pcode", "SY02");
        bad.put("latitude", 36.3);
        bad.put("longitude", 33.5);
        bad.put("capacityFamilies", 20);
        bad.put("accessibleUnits", 30);
        bad.put("services", List.of("WATER", "SWIMMING_POOL"));
        bad.remove("nameAr");
        Answer refused = coordinator.post("/api/v1/centres", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("CENTRE_INVALID");
        Map<String, String> codeByField = new HashMap<>();
        refused.json()
                .get("errors")
                .forEach(error -> codeByField.put(
                        error.get("field").asString(), error.get("code").asString()));
        assertThat(codeByField)
                .containsEntry("code", "CENTRE_CODE_INVALID")
                .containsEntry("nameAr", "CENTRE_NAME_MISSING")
                .containsEntry("pcode", "PCODE_NOT_SUBDISTRICT")
                .containsEntry("longitude", "COORDINATES_OUTSIDE_SYRIA")
                .containsEntry("accessibleUnits", "ACCESSIBLE_UNITS_EXCEED_FAMILY_UNITS")
                .containsEntry("services[1]", "SERVICE_UNKNOWN");

        for (String body : List.of("{", "[]", "{\"capacityPersons\": \"many\"}", "{\"latitude\": true}")) {
            Answer answer = coordinator.post("/api/v1/centres", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
        }
        assertThat(coordinator.get("/api/v1/centres/NO-SUCH-CENTRE").status()).isEqualTo(404);
        assertThat(coordinator.get("/api/v1/centres?status=SOMETIMES").status()).isEqualTo(400);
    }

    @Test
    void capacityCannotBeLoweredBelowThePeopleShelteredNow() {
        ApiClient admin = new ApiClient(port, ReceptionTestData.user(users, Role.ADMIN), ReceptionTestData.PASSWORD);
        String code = ReceptionTestData.unique("LOW");
        admin.post("/api/v1/centres", centre(code));
        Answer in = admin.post(
                "/api/v1/centres/" + code + "/stays",
                Map.of("household", ReceptionTestData.household(households, 6).reference()));
        assertThat(in.status()).isEqualTo(201);
        Map<String, Object> lower = new HashMap<>(centre(code));
        lower.put("capacityPersons", 5);
        lower.put("capacityFamilies", 5);
        lower.put("accessibleUnits", 2);
        lower.put("version", 0);
        Answer refused = admin.put("/api/v1/centres/" + code, lower);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("capacityPersons");
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("CAPACITY_BELOW_OCCUPANCY");
        lower.put("capacityPersons", 6);
        assertThat(admin.put("/api/v1/centres/" + code, lower).status()).isEqualTo(200);
    }

    @Test
    void managersChangeCentresButOnlyPlannersOpenThemAndEveryoneSeesTheNationalTable() throws Exception {
        ApiClient manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
        String analystName = ReceptionTestData.user(users, Role.ANALYST);
        ApiClient analyst = new ApiClient(port, analystName, ReceptionTestData.PASSWORD);
        ApiClient officer = new ApiClient(
                port, ReceptionTestData.user(users, Role.REGISTRATION_OFFICER), ReceptionTestData.PASSWORD);
        String code = ReceptionTestData.unique("ROLE");
        assertThat(manager.post("/api/v1/centres", centre(code)).status()).isEqualTo(403);
        assertThat(analyst.post("/api/v1/centres", centre(code)).status()).isEqualTo(403);
        ApiClient coordinator =
                new ApiClient(port, ReceptionTestData.user(users, Role.COORDINATOR), ReceptionTestData.PASSWORD);
        assertThat(coordinator.post("/api/v1/centres", centre(code)).status()).isEqualTo(201);
        Map<String, Object> change = new HashMap<>(centre(code));
        change.put("version", 0);
        change.put("open", false);
        assertThat(manager.put("/api/v1/centres/" + code, change).status()).isEqualTo(200);
        assertThat(analyst.put("/api/v1/centres/" + code, change).status()).isEqualTo(403);

        Answer table = analyst.get("/api/v1/centres?status=CLOSED&text=" + code);
        assertThat(table.status()).isEqualTo(200);
        assertThat(table.json()
                        .valueStream()
                        .map(row -> row.get("centre").get("code").asString())
                        .toList())
                .containsExactly(code);
        assertThat(officer.get("/api/v1/centres?governorate=SY03&text=" + code).json())
                .isEmpty();
        java.net.http.HttpResponse<String> csv =
                ReceptionHttp.get(port, "/api/v1/centres.csv", "text/csv", analystName);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body())
                .startsWith(
                        "centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,accessible_units,open")
                .contains(code + ",SY020000,");
        assertThat(new ApiClient(port, null, null).get("/api/v1/centres").status())
                .isEqualTo(401);
    }

    private static Map<String, Object> centre(String code) {
        Map<String, Object> centre = new HashMap<>();
        centre.put("code", code);
        centre.put("nameEn", "Reception centre Al-Kiswah");
        centre.put("nameAr", "مركز استقبال الكسوة");
        centre.put("pcode", "SY020000");
        centre.put("latitude", 33.36);
        centre.put("longitude", 36.24);
        centre.put("capacityPersons", 400);
        centre.put("capacityFamilies", 80);
        centre.put("accessibleUnits", 8);
        centre.put("services", List.of("water", "HEALTH_POINT"));
        centre.put("open", true);
        return centre;
    }
}
