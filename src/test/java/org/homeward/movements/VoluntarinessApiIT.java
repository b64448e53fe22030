package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The voluntariness API over HTTP: a form refused at a police station as a problem in English and
 * in Arabic, then recorded; the same officer refused at re-confirmation; withdrawal; and who may
 * read what (analysts nothing, officers no withdrawal reasons, the queue for coordinators only).
 */
@HomewardTest
class VoluntarinessApiIT {

    private static final String PASSWORD = "voluntariness password 1";

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void recordsRefusesCustodyInBothLanguagesAndWithdrawsThroughTheApi() {
        VoluntarinessTestData data = new VoluntarinessTestData(households, users, jdbc);
        Household single = data.single("Apitest");
        String person = single.members().get(0).id().toString();
        ApiClient officer = new ApiClient(port, data.officer("api.officer"), PASSWORD);
        ApiClient analyst = new ApiClient(port, data.user("api.analyst", Role.ANALYST), PASSWORD);
        ApiClient coordinator = new ApiClient(port, data.user("api.coordinator", Role.COORDINATOR), PASSWORD);
        String household = "/api/v1/voluntariness/households/" + single.id();

        Answer view = officer.get(household);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("Apitest");
        String digest = view.json().path("briefing").path("digest").asString();
        String records = household + "/members/" + person + "/records";

        Map<String, Object> atPoliceStation = form(digest, "POLICE_STATION");
        Answer refused = officer.post(records, atPoliceStation);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("code").asString()).isEqualTo("PLACE_IN_CUSTODY");
        assertThat(refused.json().path("detail").asString()).contains("cannot be recorded in detention");
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("placeType");
        Answer refusedInArabic = officer.post(records + "?lang=ar", atPoliceStation);
        assertThat(refusedInArabic.json().path("detail").asString()).contains("لا يجوز تسجيل استمارة العودة الطوعية");

        Answer recorded = officer.post(records, form(digest, "BORDER_CROSSING"));
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().path("placeType").asString()).isEqualTo("BORDER_CROSSING");
        assertThat(recorded.json().path("briefingText").asString()).contains("لا يوجد تقييم");

        assertThat(analyst.get(household).status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/voluntariness/signals").status()).isEqualTo(403);
        assertThat(officer.get("/api/v1/voluntariness/signals").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/v1/voluntariness/signals").status()).isEqualTo(200);
        assertThat(new ApiClient(port, null, null).get(household).status()).isEqualTo(401);

        Answer withdrawn = officer.post(
                household + "/members/" + person + "/withdrawal", Map.of("reason", "afraid of the checkpoint"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body()).doesNotContain("afraid of the checkpoint");
        assertThat(officer.get(household).body()).doesNotContain("afraid of the checkpoint");
        assertThat(coordinator.get(household).body()).contains("afraid of the checkpoint");
        assertThat(officer.post(household + "/members/" + person + "/withdrawal", Map.of())
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("NOT_RECORDED");
        assertThat(officer.post(household + "/members/" + person + "/reconfirmations", Map.of("movementId", "tomorrow"))
                        .json()
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("movementId");
    }

    private static Map<String, Object> form(String digest, String placeType) {
        return Map.of(
                "placeType",
                placeType,
                "placeName",
                "Masnaa",
                "interviewLanguage",
                "ar",
                "readAloudBy",
                "UNHCR protection assistant",
                "understood",
                true,
                "decision",
                "VOLUNTARY_RETURN",
                "briefingLanguage",
                "ar",
                "briefingDigest",
                digest);
    }
}
