package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A user given one centre changes that centre only, whichever way they try (API, import), reads
 * only its history, and learns from a household's history nothing of the stays at other centres.
 */
@HomewardTest
class CentreWriteScopeIT {

    private static final String HEADER = "centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,"
            + "accessible_units,open,name_en,name_ar,town,services";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aManagerOfOneCentreCannotChangeCloseOrReadTheHistoryOfAnother() {
        String mine = centre();
        String theirs = centre();
        ApiClient manager = new ApiClient(port, managerOf(mine, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
        Centre before = centres.find(theirs).centre();
        int eventsBefore = events(theirs);

        Answer closing = manager.put("/api/v1/centres/" + theirs, change(theirs, before.version(), 10, false));
        Answer growing = manager.put("/api/v1/centres/" + theirs, change(theirs, before.version(), 400, true));

        assertThat(closing.status()).isEqualTo(404);
        assertThat(growing.status()).isEqualTo(404);
        assertThat(closing.json().get("code").asString()).isEqualTo("CENTRE_NOT_FOUND");
        assertThat(manager.get("/api/v1/centres/" + theirs + "/history").status())
                .isEqualTo(404);
        assertThat(centres.find(theirs).centre()).isEqualTo(before);
        assertThat(events(theirs)).isEqualTo(eventsBefore);

        Centre own = centres.find(mine).centre();
        Answer closedOwn = manager.put("/api/v1/centres/" + mine, change(mine, own.version(), 40, false));
        assertThat(closedOwn.status()).as(closedOwn.body()).isEqualTo(200);
        assertThat(centres.find(mine).centre().open()).isFalse();
        assertThat(manager.get("/api/v1/centres/" + mine + "/history").json().size())
                .isEqualTo(2);
    }

    @Test
    void anImportThatWouldChangeAnotherCentreIsRefusedWholeForAScopedCoordinator() throws Exception {
        String mine = centre();
        String theirs = centre();
        String coordinator = managerOf(mine, Role.COORDINATOR);
        String created = ReceptionTestData.unique("NEW");
        String file = HEADER + "\n"
                + mine + ",SY020000,33.5,36.3,45,10,2,true,Centre " + mine + ",مركز " + mine + ",,WATER\n"
                + theirs + ",SY020000,33.5,36.3,35,10,2,false,Centre " + theirs + ",مركز " + theirs + ",,WATER\n"
                + created + ",SY020000,33.5,36.3,30,10,2,true,New centre,مركز جديد,,WATER\n";
        Centre mineBefore = centres.find(mine).centre();
        Centre theirsBefore = centres.find(theirs).centre();

        HttpResponse<String> refused = ReceptionHttp.post(
                port, "/api/v1/centres/import", "text/csv", file.getBytes(StandardCharsets.UTF_8), coordinator);

        assertThat(refused.statusCode()).isEqualTo(400);
        List<String> errors = ApiClient.json()
                .readTree(refused.body())
                .get("errors")
                .valueStream()
                .map(error ->
                        error.get("field").asString() + " " + error.get("code").asString())
                .toList();
        assertThat(errors).containsExactly("rows[3].centre_id CENTRE_OUT_OF_SCOPE");
        assertThat(centres.find(mine).centre()).isEqualTo(mineBefore);
        assertThat(centres.find(theirs).centre()).isEqualTo(theirsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM reception_centre WHERE code = :code")
                        .param("code", created)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aHouseholdsHistoryShowsAnotherCentresMovesWithoutWhereOrWhy() {
        String mine = centre();
        String theirs = centre();
        ApiClient manager = new ApiClient(port, managerOf(mine, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
        ApiClient coordinator =
                new ApiClient(port, ReceptionTestData.user(users, Role.COORDINATOR), ReceptionTestData.PASSWORD);
        Household household = ReceptionTestData.household(households, 2);
        Answer checkedIn =
                coordinator.post("/api/v1/centres/" + theirs + "/stays", Map.of("household", household.reference()));
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        coordinator.post(
                "/api/v1/stays/" + checkedIn.json().get("id").asString() + "/check-out",
                Map.of("outcome", "RETURNED_HOME"));

        String seenByCoordinator = coordinator
                .get("/api/v1/households/" + household.id() + "/history")
                .body();
        Answer seenByManager = manager.get("/api/v1/households/" + household.id() + "/history");

        assertThat(seenByCoordinator).contains(theirs);
        assertThat(seenByManager.status()).isEqualTo(200);
        assertThat(seenByManager.body()).doesNotContain(theirs).contains("AT_RECEPTION", "RETURNED_HOME");
        JsonNode moves = seenByManager.json();
        int journeyMoves = 0;
        for (JsonNode event : moves) {
            if (event.get("type").asString().equals("JOURNEY_MOVED")) {
                journeyMoves++;
                assertThat(event.get("reason").isNull()).as(event.toString()).isTrue();
            }
        }
        assertThat(journeyMoves).isEqualTo(2);
    }

    private String managerOf(String centre, Role role) {
        String username = ReceptionTestData.user(users, role);
        users.setScopes(username, List.of(ScopeGrant.parse("centre:" + centre)));
        return username;
    }

    private static Map<String, Object> change(String code, long version, int persons, boolean open) {
        return Map.ofEntries(
                Map.entry("code", code),
                Map.entry("nameEn", "Centre " + code),
                Map.entry("nameAr", "مركز " + code),
                Map.entry("pcode", "SY020000"),
                Map.entry("latitude", 33.5),
                Map.entry("longitude", 36.3),
                Map.entry("capacityPersons", persons),
                Map.entry("capacityFamilies", 10),
                Map.entry("accessibleUnits", 2),
                Map.entry("services", List.of("WATER")),
                Map.entry("open", open),
                Map.entry("version", version));
    }

    private int events(String code) {
        return jdbc.sql("SELECT count(*) FROM reception_centre_event WHERE centre_code = :code")
                .param("code", code)
                .query(Integer.class)
                .single();
    }

    private String centre() {
        return centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("WSC"), "SY020000", 40, 10, 2), "test")
                .code();
    }
}
