package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reception manager given centres sees and moves the people of those centres only. */
@HomewardTest
class CentreScopeIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    CentreService centres;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    @Test
    void aManagerOfOneCentreNeitherSeesNorMovesThePeopleOfAnother() {
        String mine = centre();
        String theirs = centre();
        String scoped = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        users.setScopes(scoped, List.of(ScopeGrant.parse("centre:" + mine)));
        ApiClient manager = new ApiClient(port, scoped, ReceptionTestData.PASSWORD);
        ApiClient coordinator =
                new ApiClient(port, ReceptionTestData.user(users, Role.COORDINATOR), ReceptionTestData.PASSWORD);

        Household atMine = ReceptionTestData.household(households, 3);
        Household atTheirs = ReceptionTestData.household(households, 2);
        Answer checkedIn = manager.post("/api/v1/centres/" + mine + "/stays", Map.of("household", atMine.reference()));
        assertThat(checkedIn.status()).isEqualTo(201);
        Answer refused =
                manager.post("/api/v1/centres/" + theirs + "/stays", Map.of("household", atTheirs.reference()));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(atTheirs.reference());
        Answer other =
                coordinator.post("/api/v1/centres/" + theirs + "/stays", Map.of("household", atTheirs.reference()));
        assertThat(other.status()).isEqualTo(201);
        String otherStay = other.json().get("id").asString();

        assertThat(manager.get("/api/v1/centres/" + mine + "/stays").body()).contains(atMine.reference());
        Answer residents = manager.get("/api/v1/centres/" + theirs + "/stays");
        assertThat(residents.status()).isEqualTo(404);
        assertThat(residents.body()).doesNotContain(atTheirs.reference());
        assertThat(manager.get("/api/v1/centres/" + theirs + "/expected-today").status())
                .isEqualTo(404);
        assertThat(manager.get("/api/v1/stays/" + otherStay).status()).isEqualTo(404);
        assertThat(manager.post("/api/v1/stays/" + otherStay + "/check-out", Map.of("outcome", "RETURNED_HOME"))
                        .status())
                .isEqualTo(404);
        assertThat(manager.post("/api/v1/stays/" + otherStay + "/transfer", Map.of("toCentre", mine, "reason", "space"))
                        .status())
                .isEqualTo(404);
        assertThat(manager.get("/api/v1/stays?household=" + atTheirs.id())
                        .json()
                        .size())
                .isZero();
        assertThat(manager.get("/api/v1/stays/history?household=" + atTheirs.id())
                        .json()
                        .size())
                .isZero();

        // Their own stay they can move, and the other centre's stay is still there for its own managers.
        assertThat(manager.get("/api/v1/stays?household=" + atMine.id()).json().size())
                .isEqualTo(1);
        assertThat(coordinator.get("/api/v1/stays/" + otherStay).status()).isEqualTo(200);
        assertThat(coordinator.get("/api/v1/centres/" + theirs + "/stays").body())
                .contains(atTheirs.reference());
        String myStay = checkedIn.json().get("id").asString();
        assertThat(manager.post("/api/v1/stays/" + myStay + "/check-out", Map.of("outcome", "RETURNED_HOME"))
                        .status())
                .isEqualTo(200);

        // Every move and every list of people is in the audit trail, under the manager's name.
        assertThat(audit.query(scoped, "household", atMine.id().toString(), null, null, 50))
                .extracting(AuditRecord::action)
                .contains("STAY_CHECKED_IN", "STAY_CHECKED_OUT", "READ_STAYS");
        assertThat(audit.query(scoped, "centre", mine, null, null, 50))
                .extracting(AuditRecord::action)
                .contains("LIST_RESIDENTS");
        assertThat(audit.query(scoped, "household", atTheirs.id().toString(), null, null, 50))
                .extracting(AuditRecord::action)
                .doesNotContain("STAY_CHECKED_IN");
    }

    private String centre() {
        return centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("SCOPE"), "SY020000", 40, 10, 2), "test")
                .code();
    }
}
