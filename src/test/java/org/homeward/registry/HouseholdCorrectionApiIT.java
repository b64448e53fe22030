package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The API's corrections on a real database: one member corrected with a masked phone sent back
 * unchanged, a stale version refused with 409, the principal and a removal without a reason refused
 * with 400 naming the field, and a member added by mistake removed with the history keeping who and why.
 */
@HomewardTest
class HouseholdCorrectionApiIT {

    private static final String PASSWORD = "correction api password";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void correctsAMemberRefusesStaleAndPrincipalRemovalsAndRemovesAMemberWithItsReason() {
        String username = "fix.api." + Long.toString(System.nanoTime() % 1_000_000, 36);
        TestUsers.create(users, username, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO", TestUsers.area("SY02"));
        ApiClient api = new ApiClient(port, username, PASSWORD);
        Answer registered = api.post(
                "/api/v1/households",
                HouseholdFixtures.atFieldOffice(List.of(
                        HouseholdFixtures.person(
                                "PRINCIPAL", "ليلى", "Layla", null, "Apifix", "F", "1980", "+963944777321"),
                        HouseholdFixtures.person("DAUGHTER", "ريم", "Reem", null, "Apifix", "F", "2010", null),
                        HouseholdFixtures.person("SON", null, "Typo", null, "Apifix", "M", "2016", null))));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().path("id").asString();
        String principal = registered.json().path("members").get(0).path("id").asString();
        String daughter = registered.json().path("members").get(1).path("id").asString();
        String typo = registered.json().path("members").get(2).path("id").asString();
        String maskedPhone =
                registered.json().path("members").get(0).path("phone").asString();
        assertThat(maskedPhone).contains("•");

        Answer phoneKept = api.put(
                "/api/v1/households/" + id + "/members/" + principal,
                Map.of(
                        "version",
                        0,
                        "member",
                        HouseholdFixtures.person(
                                "PRINCIPAL", "ليلى", "Leila", null, "Apifix", "F", "1980", maskedPhone),
                        "reason",
                        "spelling"));
        assertThat(phoneKept.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT phone FROM individual WHERE id = CAST(:id AS uuid)")
                        .param("id", principal)
                        .query(String.class)
                        .single())
                .isEqualTo("+963944777321");

        Answer stale = api.post(
                "/api/v1/households/" + id + "/members/" + typo + "/removal",
                Map.of("version", 0, "reason", "added by mistake"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("code").asString()).isEqualTo("HOUSEHOLD_CHANGED_BY_SOMEONE_ELSE");

        Answer principalRemoved = api.post(
                "/api/v1/households/" + id + "/members/" + principal + "/removal",
                Map.of("version", 1, "reason", "no"));
        assertThat(principalRemoved.status()).isEqualTo(400);
        assertThat(principalRemoved.json().path("errors").get(0).path("code").asString())
                .isEqualTo("MEMBER_REMOVAL_PRINCIPAL");
        Answer withoutReason =
                api.post("/api/v1/households/" + id + "/members/" + typo + "/removal", Map.of("version", 1));
        assertThat(withoutReason.json().path("errors").get(0).path("field").asString())
                .isEqualTo("reason");

        Answer secondPrincipal = api.put(
                "/api/v1/households/" + id + "/members/" + daughter,
                Map.of(
                        "version",
                        1,
                        "member",
                        HouseholdFixtures.person("PRINCIPAL", "ريم", "Reem", null, "Apifix", "F", "2010", null)));
        assertThat(secondPrincipal.status()).isEqualTo(400);
        assertThat(secondPrincipal.json().path("errors").get(0).path("code").asString())
                .isEqualTo("HOUSEHOLD_PRINCIPAL_DUPLICATED");

        Answer removed = api.post(
                "/api/v1/households/" + id + "/members/" + typo + "/removal",
                Map.of("version", 1, "reason", "added by mistake"));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("members")).hasSize(2);
        assertThat(removed.json().path("version").asLong()).isEqualTo(2);

        Answer history = api.get("/api/v1/households/" + id + "/history");
        assertThat(history.body())
                .contains("MEMBER_REMOVED")
                .contains("added by mistake")
                .contains("Typo");

        Answer added = api.post(
                "/api/v1/households/" + id + "/members",
                Map.of(
                        "version",
                        2,
                        "member",
                        HouseholdFixtures.person("SON", null, "Omar", null, "Apifix", "M", "2018", null),
                        "reason",
                        "born abroad"));
        assertThat(added.status()).isEqualTo(200);
        // The removed member's position is not given again, so a history key of a member names one person.
        assertThat(jdbc.sql("SELECT position FROM individual WHERE household_id = CAST(:id AS uuid) ORDER BY position")
                        .param("id", id)
                        .query(Integer.class)
                        .list())
                .containsExactly(0, 1, 3);
    }

    @Test
    void correctsTheJourneyDetailsRefusingAStaleVersionAndAnUnknownPlaceByItsField() {
        String username = "fix.details." + Long.toString(System.nanoTime() % 1_000_000, 36);
        TestUsers.create(users, username, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO", TestUsers.area("SY02"));
        ApiClient api = new ApiClient(port, username, PASSWORD);
        Answer registered = api.post(
                "/api/v1/households",
                HouseholdFixtures.atFieldOffice(List.of(
                        HouseholdFixtures.person("PRINCIPAL", "هدى", "Huda", null, "Apidetails", "F", "1983", null))));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().path("id").asString();

        Answer corrected = api.put(
                "/api/v1/households/" + id + "/details",
                Map.of(
                        "version",
                        0,
                        "registrationSite",
                        "Bab al-Salam crossing",
                        "journey",
                        journey(Map.of("destinationPcode", "SY020405", "originCountry", "JOR")),
                        "reason",
                        "destination and country from the family's papers"));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().path("version").asLong()).isEqualTo(1);
        assertThat(corrected.json().path("journey").path("destinationPcode").asString())
                .isEqualTo("SY020405");
        assertThat(corrected.json().path("members")).hasSize(1);

        Answer stale = api.put(
                "/api/v1/households/" + id + "/details",
                Map.of(
                        "version",
                        0,
                        "registrationSite",
                        "Field office",
                        "journey",
                        journey(Map.of()),
                        "reason",
                        "from a form read before the correction"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("code").asString()).isEqualTo("HOUSEHOLD_CHANGED_BY_SOMEONE_ELSE");

        Answer unknown = api.put(
                "/api/v1/households/" + id + "/details",
                Map.of(
                        "version",
                        1,
                        "registrationSite",
                        "Field office",
                        "journey",
                        journey(Map.of("destinationPcode", "SY999999")),
                        "reason",
                        "a mistyped code"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors")).hasSize(1);
        assertThat(unknown.json().path("errors").get(0).path("field").asString())
                .isEqualTo("journey.destinationPcode");
        assertThat(jdbc.sql("SELECT destination_pcode FROM household WHERE id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("nothing of a refused correction is written")
                .isEqualTo("SY020405");

        Answer history = api.get("/api/v1/households/" + id + "/history");
        assertThat(history.body())
                .contains("journey.destinationPcode")
                .contains("SY020405")
                .contains("destination and country from the family's papers");
    }

    /** A refugee journey from Lebanon through Masnaa to Jebel Saman (SY020000), with any fields changed. */
    private static Map<String, Object> journey(Map<String, Object> changed) {
        Map<String, Object> journey = new java.util.LinkedHashMap<>(Map.of(
                "returnType", "REFUGEE",
                "originCountry", "LBN",
                "crossingPoint", "MASNAA",
                "destinationPcode", "SY020000"));
        journey.putAll(changed);
        return journey;
    }
}
