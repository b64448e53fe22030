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

/** Officers see and change only the households of their sites and areas; every read is in the audit trail. */
@HomewardTest
class ScopeIT {

    private static final String PASSWORD = "scoped officer password";

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    @BeforeEach
    void officers() {
        create("damascus.officer", Role.REGISTRATION_OFFICER, "area:SY01");
        create("aleppo.officer", Role.REGISTRATION_OFFICER, "area:SY02");
        create("masnaa.officer", Role.REGISTRATION_OFFICER, "site:Masnaa crossing");
        create("unscoped.officer", Role.REGISTRATION_OFFICER, null);
        create("scope.admin", Role.ADMIN, null);
    }

    private void create(String username, Role role, String scope) {
        TestUsers.ensure(
                users, username, role, PASSWORD, null, scope == null ? List.of() : List.of(ScopeGrant.parse(scope)));
    }

    private ApiClient as(String username) {
        return new ApiClient(port, username, PASSWORD);
    }

    @Test
    void anOutOfScopeHouseholdIsNotFoundInReadsSearchesAndChanges() {
        String family = "Scopetest" + "abcdefghij".charAt((int) (System.nanoTime() % 10));
        Answer registered =
                as("aleppo.officer").post("/api/v1/households", HouseholdFixtures.familyOfFive(family, "الحموي"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();

        assertThat(as("aleppo.officer").get("/api/v1/households/" + id).status())
                .isEqualTo(200);
        assertThat(as("masnaa.officer").get("/api/v1/households/" + id).status())
                .as("registered at Masnaa crossing: the site's officer sees it")
                .isEqualTo(200);
        assertThat(as("damascus.officer").get("/api/v1/households/" + id).status())
                .isEqualTo(404);
        assertThat(as("unscoped.officer").get("/api/v1/households/" + id).status())
                .isEqualTo(404);
        assertThat(as("damascus.officer")
                        .get("/api/v1/households/" + id + "/history")
                        .status())
                .isEqualTo(404);
        assertThat(as("damascus.officer")
                        .post("/api/v1/households/" + id + "/journey", Map.of("version", 0, "status", "IN_TRANSIT"))
                        .status())
                .isEqualTo(404);

        String reference = registered.json().get("reference").asString();
        assertThat(as("damascus.officer")
                        .get("/api/v1/households/by-reference/" + reference)
                        .status())
                .isEqualTo(404);
        assertThat(as("damascus.officer").search(family).json().get("total").asLong())
                .isZero();
        assertThat(as("aleppo.officer").search(family).json().get("total").asLong())
                .isPositive();

        Answer outside =
                as("damascus.officer").post("/api/v1/households", HouseholdFixtures.familyOfFive(family, "الحموي"));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.json().get("code").asString()).isEqualTo("HOUSEHOLD_OUT_OF_SCOPE");
    }

    @Test
    void everyReadAndSearchOfAPersonIsInTheAuditTrailAndTheRecordShowsWhoLooked() {
        Answer registered =
                as("aleppo.officer").post("/api/v1/households", HouseholdFixtures.familyOfFive("Auditcase", "الحموي"));
        String id = registered.json().get("id").asString();
        as("scope.admin").get("/api/v1/households/" + id);
        as("aleppo.officer").search("Auditcase");

        List<AuditRecord> about = audit.query(null, "household", id, null, null, 50);
        assertThat(about)
                .extracting(AuditRecord::actor, AuditRecord::action)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("aleppo.officer", "REGISTER_HOUSEHOLD"),
                        org.assertj.core.groups.Tuple.tuple("scope.admin", "READ_HOUSEHOLD"));
        assertThat(about.get(0).remoteAddress()).isNotBlank();
        List<AuditRecord> searches = audit.query("aleppo.officer", "household", null, null, null, 10);
        assertThat(searches).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("SEARCH");
            assertThat(entry.details().get("households").toString()).contains(id);
        });
        assertThat(audit.firstBrokenLink()).isEmpty();
    }

    @Test
    void failedLoginsAreRecordedWithTheNameTried() {
        as("aleppo.officer").post("/api/v1/tokens", "");
        new ApiClient(port, "aleppo.officer", "not the password").search("x");
        assertThat(audit.query("aleppo.officer", "user", "aleppo.officer", null, null, 10))
                .extracting(AuditRecord::action)
                .contains("LOGIN_FAILED", "TOKEN_ISSUED");
    }
}
