package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.homeward.registry.JourneyStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One organised return through every feature that has a say, by the API as its users would drive
 * it: area conditions recorded for the destinations, a movement with its manifest, each adult's own
 * decision recorded by one officer and re-confirmed on the day by another, boarding by signed slip,
 * departure, and arrival with one person missing. A movement to an area with a red line present
 * never departs, however ready its households are.
 */
@HomewardTest
class OrganisedReturnIT {

    /** Sub-districts used only by this test, so that its assessments decide their status. */
    private static final String GREEN_AREA = "SY020304";

    private static final String RED_AREA = "SY020305";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    SlipCodes slips;

    @LocalServerPort
    int port;

    @Test
    void aReadyMovementDepartsOnlyWhenEveryAdultDecidedAndBoardedAndArrivesWithItsMissingPersonAlerted() {
        recordAssessments(LocalDate.now(MovementTestData.SYRIA));
        ApiClient coordinator = MovementTestData.client(port, users, Role.COORDINATOR);
        ApiClient recorder = MovementTestData.client(port, users, Role.REGISTRATION_OFFICER, "area:SY02");
        ApiClient confirmer = MovementTestData.client(port, users, Role.REGISTRATION_OFFICER, "area:SY02");
        List<Household> family = List.of(
                MovementTestData.household(households, GREEN_AREA, 3, Set.of()),
                MovementTestData.household(households, GREEN_AREA, 2, Set.of()));
        String movement = MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 2});
        for (Household household : family) {
            assertThat(MovementTestData.add(coordinator, movement, household, Map.of())
                            .status())
                    .isEqualTo(201);
        }

        // Nobody has decided yet: red for voluntariness, and no role can send the movement off.
        Answer undecided = coordinator.post("/api/v1/movements/" + movement + "/departure", Map.of("force", true));
        assertThat(undecided.status()).isEqualTo(409);
        assertThat(fields(undecided)).contains("households[" + family.get(0).reference() + "].voluntariness");

        for (Household household : family) {
            decide(recorder, household);
        }
        // Decided but not yet asked again on the day by another officer: still red.
        assertThat(fields(coordinator.post("/api/v1/movements/" + movement + "/departure", Map.of())))
                .contains("households[" + family.get(1).reference() + "].voluntariness");
        for (Household household : family) {
            reconfirm(confirmer, household, movement);
        }
        for (Household household : family) {
            Answer boarded = recorder.post(
                    "/api/v1/movements/" + movement + "/boarding",
                    Map.of("scanned", slips.sign(household.reference()), "noShows", List.of()));
            assertThat(boarded.status()).as(boarded.body()).isEqualTo(200);
        }
        Answer forged = recorder.post(
                "/api/v1/movements/" + movement + "/boarding",
                Map.of("scanned", forge(slips.sign(family.get(0).reference())), "noShows", List.of()));
        assertThat(forged.status()).isEqualTo(400);

        // What is left amber (a child's birth certificate, an area nobody confirmed, ...) needs the coordinator's
        // recorded decision and the household's acknowledgement; nothing red is left.
        decideAmbers(coordinator, movement);
        Answer departed = coordinator.post("/api/v1/movements/" + movement + "/departure", Map.of());
        assertThat(departed.status()).as(departed.body()).isEqualTo(200);
        assertThat(departed.json().get("status").asString()).isEqualTo("DEPARTED");
        for (Household household : family) {
            assertThat(householdQueries.find(household.id()).journey().status()).isEqualTo(JourneyStatus.IN_TRANSIT);
        }

        UUID missing = family.get(0).members().get(2).id();
        List<String> arrived = new ArrayList<>();
        family.forEach(household -> household.members().stream()
                .map(Individual::id)
                .filter(id -> !id.equals(missing))
                .forEach(id -> arrived.add(id.toString())));
        Answer closed = coordinator.post("/api/v1/movements/" + movement + "/arrival", Map.of("arrived", arrived));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("missing").asInt()).isEqualTo(1);
        assertThat(coordinator.get("/api/v1/movement-alerts").body()).contains(movement);
        assertThat(householdQueries.find(family.get(1).id()).journey().status()).isEqualTo(JourneyStatus.RETURNED_HOME);
    }

    @Test
    void aMovementToAnAreaWithARedLineNeverDepartsThoughEveryoneDecidedAndBoarded() {
        recordAssessments(LocalDate.now(MovementTestData.SYRIA));
        ApiClient coordinator = MovementTestData.client(port, users, Role.COORDINATOR);
        ApiClient admin = MovementTestData.client(port, users, Role.ADMIN);
        ApiClient recorder = MovementTestData.client(port, users, Role.REGISTRATION_OFFICER, "area:SY02");
        ApiClient confirmer = MovementTestData.client(port, users, Role.REGISTRATION_OFFICER, "area:SY02");
        Household household = MovementTestData.household(households, RED_AREA, 2, Set.of());
        String movement = MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 2});
        assertThat(MovementTestData.add(coordinator, movement, household, Map.of())
                        .status())
                .isEqualTo(201);
        decide(recorder, household);
        reconfirm(confirmer, household, movement);
        assertThat(recorder.post(
                                "/api/v1/movements/" + movement + "/boarding",
                                Map.of("scanned", slips.sign(household.reference()), "noShows", List.of()))
                        .status())
                .isEqualTo(200);

        String conditions = "households[" + household.reference() + "].destination-conditions";
        for (ApiClient caller : List.of(coordinator, admin)) {
            Answer refused = caller.post(
                    "/api/v1/movements/" + movement + "/departure?force=true", Map.of("force", true, "override", true));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("MOVEMENT_CHECK_RED");
            assertThat(fields(refused)).containsExactly(conditions);
        }
        Answer decideRed = coordinator.post(
                "/api/v1/movements/" + movement + "/decisions",
                Map.of(
                        "householdId",
                        household.id().toString(),
                        "check",
                        "destination-conditions",
                        "reason",
                        "The family insists",
                        "householdAcknowledged",
                        true));
        assertThat(decideRed.json().get("code").asString()).isEqualTo("CHECK_RED_NOT_DECIDABLE");
        assertThat(coordinator
                        .get("/api/v1/movements/" + movement)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PLANNED");
    }

    /** The default red lines, as docs/area-conditions.md lists them. */
    private static final List<String> RED_LINES = List.of(
            "ACTIVE_HOSTILITIES",
            "UNSURVEYED_EXPLOSIVE_ORDNANCE",
            "RETURNS_BLOCKED_BY_AUTHORITY",
            "NO_HUMANITARIAN_ACCESS");

    /** Every red line confirmed absent in the green area; one present in the red area — imported by a coordinator. */
    private void recordAssessments(LocalDate today) {
        StringBuilder file = new StringBuilder(
                "subdistrict_pcode,indicator,value,source_organisation,assessed_on," + "method,confidence\n");
        for (String redLine : RED_LINES) {
            file.append(row(GREEN_AREA, redLine, "no", today.minusDays(5)));
            file.append(row(RED_AREA, redLine, "no", today.minusDays(5)));
        }
        file.append(row(RED_AREA, "ACTIVE_HOSTILITIES", "yes", today.minusDays(2)));
        Answer imported = MovementTestData.client(port, users, Role.COORDINATOR)
                .postText("/api/v1/conditions/assessments", "text/csv", file.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    private static String row(String area, String indicator, String value, LocalDate on) {
        return String.join(",", area, indicator, value, "HNAP", on.toString(), "KEY_INFORMANTS", "HIGH") + "\n";
    }

    /** Each adult's own form, recorded by the officer with the briefing they were shown. */
    private static void decide(ApiClient officer, Household household) {
        String path = "/api/v1/voluntariness/households/" + household.id();
        JsonNode view = officer.get(path).json();
        String digest = view.path("briefing").path("digest").asString();
        for (Individual adult : household.members().subList(0, 2)) {
            Answer recorded = officer.post(
                    path + "/members/" + adult.id() + "/records",
                    Map.of(
                            "placeType",
                            "FIELD_OFFICE",
                            "placeName",
                            "Tripoli field office",
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
                            digest));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
    }

    /** Each adult asked again on the departure day by another officer. */
    private static void reconfirm(ApiClient officer, Household household, String movement) {
        String path = "/api/v1/voluntariness/households/" + household.id();
        for (Individual adult : household.members().subList(0, 2)) {
            Answer confirmed =
                    officer.post(path + "/members/" + adult.id() + "/reconfirmations", Map.of("movementId", movement));
            assertThat(confirmed.status()).as(confirmed.body()).isIn(200, 201);
        }
    }

    private static void decideAmbers(ApiClient coordinator, String movement) {
        for (JsonNode household :
                coordinator.get("/api/v1/movements/" + movement + "/checks").json()) {
            for (JsonNode verdict : household.path("verdicts")) {
                assertThat(verdict.path("level").asString())
                        .as(verdict.toString())
                        .isNotEqualTo("RED");
                if (verdict.path("level").asString().equals("AMBER")) {
                    Answer decided = coordinator.post(
                            "/api/v1/movements/" + movement + "/decisions",
                            Map.of(
                                    "householdId",
                                    household.path("householdId").asString(),
                                    "check",
                                    verdict.path("check").asString(),
                                    "reason",
                                    "Explained to the family, who chose to travel",
                                    "householdAcknowledged",
                                    true));
                    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
                }
            }
        }
    }

    private static String forge(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
