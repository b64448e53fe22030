package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.homeward.web.ProblemStatuses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The reference snapshot a device downloads: only the people of the officer's scope, as folded name
 * keys, sex and birth year (no name as written, phone or document), audited with each household it
 * held, refused to roles that do not register, and refused with a clear problem when the scope is too large.
 */
@HomewardTest
class ReferenceSnapshotIT {

    private static final String PASSWORD = "reference snapshot password";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    ReferenceSnapshotService snapshots;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void holdsOnlyTheScopesPeopleAsKeysIsAuditedAndIsRefusedWhenTooLarge() {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String family = "Snapqx" + letters(run);
        Household mine = register(family, "SY020000", "+963955123987", "SN" + run);
        Household theirs = register(family, "SY010000", "+963955123988", "SM" + run);
        String officer = "snapshot.officer." + run;
        users.create(officer, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(officer, List.of(ScopeGrant.parse("area:SY02")));

        Answer snapshot = new ApiClient(port, officer, PASSWORD).get("/api/v1/linkage/snapshot");
        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.body())
                .contains(mine.reference())
                .doesNotContain(theirs.reference())
                .doesNotContain(family)
                .doesNotContain("Rashida")
                .doesNotContain("رشيدة")
                .doesNotContain("955123987")
                .doesNotContain("SN" + run);
        JsonNode entry = null;
        for (JsonNode candidate : snapshot.json().path("entries")) {
            if (candidate.path("household").asString().equals(mine.reference())) {
                entry = candidate;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("birthYear").asInt()).isEqualTo(1985);
        assertThat(entry.path("sex").asString()).isEqualTo("F");
        assertThat(entry.path("given").toString()).contains("rashida").contains("رشيده");
        assertThat(entry.path("family").toString())
                .contains(family.toLowerCase().substring(0, 4));
        assertThat(snapshot.json().path("people").asInt())
                .isEqualTo(snapshot.json().path("entries").size());

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'DOWNLOAD_REFERENCE_SNAPSHOT' AND actor = :actor
                        AND details->'households' @> jsonb_build_array(CAST(:id AS text))
                        AND NOT details->'households' @> jsonb_build_array(CAST(:other AS text))""")
                        .param("actor", officer)
                        .param("id", mine.id().toString())
                        .param("other", theirs.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String reception = "snapshot.reception." + run;
        users.create(reception, Role.RECEPTION_MANAGER, PASSWORD, "Test NGO");
        assertThat(new ApiClient(port, reception, PASSWORD)
                        .get("/api/v1/linkage/snapshot")
                        .status())
                .isEqualTo(403);

        // Without a signed-in user the scope is everything: far more than one person.
        assertThatThrownBy(() -> snapshots.snapshot(1))
                .isInstanceOf(SnapshotTooLargeException.class)
                .hasMessageContaining("more than 1 people");
        assertThat(ProblemStatuses.of(new SnapshotTooLargeException(1))).isEqualTo(422);
    }

    private Household register(String family, String destination, String phone, String document) {
        return households.register(
                new RegisterHouseholdRequest(
                        "Snapshot site",
                        new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, null),
                        List.of(new IndividualDetails(
                                "PRINCIPAL",
                                "رشيدة",
                                "Rashida",
                                null,
                                "Omar",
                                null,
                                null,
                                null,
                                family,
                                "F",
                                "1985-03",
                                phone,
                                "NATIONAL_ID",
                                document,
                                null,
                                List.of()))),
                "system");
    }

    private static String letters(String run) {
        StringBuilder letters = new StringBuilder();
        for (char c : run.toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 36) % 26));
        }
        return letters.toString();
    }
}
