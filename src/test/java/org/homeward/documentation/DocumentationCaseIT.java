package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Documentation cases through the API on a real database: the registry's gaps become proposals, a
 * case worker accepts or dismisses them, steps are recorded in order, the workflow refuses illegal
 * moves with a problem, assignments keep their history, scopes and roles keep cases apart, and
 * reads are audited.
 */
@HomewardTest
class DocumentationCaseIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    JourneyCommands journeyCommands;

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private ApiClient client(String username) {
        return new ApiClient(port, username, DocumentationTestData.PASSWORD);
    }

    private static JsonNode proposal(ApiClient worker, Household household, String gap) {
        JsonNode list = worker.get("/api/v1/documentation/proposals?household=" + household.id())
                .json();
        for (JsonNode proposal : list) {
            if (proposal.path("gap").asString().equals(gap)) {
                return proposal;
            }
        }
        throw new AssertionError("no " + gap + " proposal in " + list);
    }

    @Test
    void registryGapsBecomeProposalsThatAreAcceptedOrDismissedOnce() {
        Household household = DocumentationTestData.household(
                households, "LBN", new String[] {"2019-08-01", "2021-03-04"}, new String[] {null, "BIRTH_CERTIFICATE"});
        ApiClient worker = client(DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY10"));
        Individual son = household.members().get(2);
        Individual mother = household.members().get(1);

        JsonNode list = worker.get("/api/v1/documentation/proposals?household=" + household.id())
                .json();
        assertThat(list).hasSize(2);
        JsonNode birth = proposal(worker, household, "BIRTH_NOT_REGISTERED");
        assertThat(birth.path("individualId").asString()).isEqualTo(son.id().toString());
        assertThat(birth.path("caseType").asString()).isEqualTo("BIRTH_ABROAD");
        assertThat(birth.path("jurisdiction").asString()).isEqualTo("LBN");
        assertThat(birth.path("eventDate").asString()).isEqualTo("2019-08-01");
        JsonNode identity = proposal(worker, household, "NO_IDENTITY_DOCUMENT");
        assertThat(identity.path("individualId").asString())
                .isEqualTo(mother.id().toString());

        ApiClient.Answer accepted = worker.post(
                "/api/v1/documentation/proposals/" + birth.path("id").asString() + "/accept", "{}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(accepted.json().path("steps")).hasSize(6);
        assertThat(accepted.json().path("assignedTo").asString()).isNotBlank();
        ApiClient.Answer again = worker.post(
                "/api/v1/documentation/proposals/" + birth.path("id").asString() + "/accept", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("PROPOSAL_ALREADY_DECIDED");

        String identityPath =
                "/api/v1/documentation/proposals/" + identity.path("id").asString() + "/dismiss";
        ApiClient.Answer blank = worker.post(identityPath, Map.of("reason", "  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        ApiClient.Answer dismissed =
                worker.post(identityPath, Map.of("reason", "She holds a passport not yet recorded"));
        assertThat(dismissed.json().path("status").asString()).isEqualTo("DISMISSED");
        assertThat(jdbc.sql("SELECT dismiss_reason FROM documentation_proposal WHERE id = :id")
                        .param("id", UUID.fromString(identity.path("id").asString()))
                        .query(String.class)
                        .single())
                .isEqualTo("She holds a passport not yet recorded");

        // The same household recorded again proposes nothing twice; a new member's gap is proposed.
        Household current = householdQueries.find(household.id());
        households.addMember(
                household.id(),
                new org.homeward.registry.AddMemberRequest(
                        current.version(),
                        new org.homeward.registry.IndividualDetails(
                                "DAUGHTER",
                                "ريم",
                                "Reem",
                                "عمر",
                                "Omar",
                                null,
                                null,
                                "الحمصي",
                                "Alhomsi",
                                "F",
                                "2023-05-05",
                                null,
                                null,
                                null,
                                null,
                                List.of()),
                        "born in Tripoli"),
                "registration");
        assertThat(jdbc.sql("SELECT count(*) FROM documentation_proposal WHERE household_id = :id")
                        .param("id", household.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void stepsAreRecordedInOrderAndThePaperIssuedOnlyWhenTheChainIsComplete() {
        Household household =
                DocumentationTestData.household(households, "LBN", new String[] {"2024-02-01"}, new String[] {null});
        String workerName = DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY10");
        ApiClient worker = client(workerName);
        JsonNode opened = worker.post(
                        "/api/v1/documentation/proposals/"
                                + proposal(worker, household, "BIRTH_NOT_REGISTERED")
                                        .path("id")
                                        .asString() + "/accept",
                        "{}")
                .json();
        String casePath = "/api/v1/documentation/cases/" + opened.path("id").asString();
        List<String> steps = opened.path("steps")
                .valueStream()
                .map(step -> step.path("id").asString())
                .toList();

        ApiClient.Answer illegal = worker.post(casePath + "/status", Map.of("status", "ISSUED"));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().path("code").asString()).isEqualTo("CASE_TRANSITION_NOT_ALLOWED");
        assertThat(illegal.json().path("status").asInt()).isEqualTo(409);

        ApiClient.Answer outOfOrder = worker.post(casePath + "/steps/" + steps.get(2), Map.of("status", "DONE"));
        assertThat(outOfOrder.status()).isEqualTo(400);
        assertThat(outOfOrder.json().path("errors").get(0).path("code").asString())
                .isEqualTo("EARLIER_STEPS_NOT_DONE");
        ApiClient.Answer wrongEvidence = worker.post(
                casePath + "/steps/" + steps.get(0), Map.of("status", "PENDING", "evidence", List.of("TITLE_DEED")));
        assertThat(wrongEvidence.json().path("errors").get(0).path("code").asString())
                .isEqualTo("UNKNOWN_EVIDENCE");
        ApiClient.Answer notSkippable = worker.post(casePath + "/steps/" + steps.get(0), Map.of("status", "SKIPPED"));
        assertThat(notSkippable.json().path("errors").get(0).path("code").asString())
                .isEqualTo("STEP_REQUIRED");

        JsonNode gathering = worker.post(
                        casePath + "/steps/" + steps.get(0),
                        Map.of("status", "PENDING", "evidence", List.of("BIRTH_NOTIFICATION")))
                .json();
        assertThat(gathering.path("status").asString()).isEqualTo("GATHERING_EVIDENCE");
        worker.post(
                casePath + "/steps/" + steps.get(0),
                Map.of(
                        "status",
                        "DONE",
                        "evidence",
                        List.of("BIRTH_NOTIFICATION", "PARENT_IDENTITY"),
                        "completedOn",
                        "2024-02-10",
                        "note",
                        "Hospital notice"));
        worker.post(casePath + "/steps/" + steps.get(1), Map.of("status", "DONE", "evidence", List.of("WITNESSES")));
        ApiClient.Answer early = worker.post(casePath + "/status", Map.of("status", "SUBMITTED"));
        assertThat(early.status()).isEqualTo(200);
        ApiClient.Answer incomplete = worker.post(casePath + "/status", Map.of("status", "ISSUED"));
        assertThat(incomplete.json().path("code").asString()).isEqualTo("CASE_CHAIN_INCOMPLETE");
        worker.post(casePath + "/steps/" + steps.get(2), Map.of("status", "DONE"));
        worker.post(
                casePath + "/steps/" + steps.get(3), Map.of("status", "SKIPPED", "note", "Registered within the year"));
        JsonNode complete = worker.post(casePath + "/steps/" + steps.get(4), Map.of("status", "DONE"))
                .json();
        assertThat(complete.path("chainCompletedAt").isNull()).isFalse();
        assertThat(worker.post(casePath + "/status", Map.of("status", "ISSUED"))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("ISSUED");
        JsonNode closed =
                worker.post(casePath + "/status", Map.of("status", "CLOSED")).json();
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asString()).isEqualTo("ISSUED");
        assertThat(worker.post(casePath + "/steps/" + steps.get(5), Map.of("status", "DONE"))
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("CASE_NOT_WORKING");

        List<String> history = worker.get(casePath + "/history")
                .json()
                .valueStream()
                .map(event -> event.path("type").asString())
                .toList();
        assertThat(history)
                .containsSubsequence(
                        "OPENED",
                        "ASSIGNED",
                        "STATUS_CHANGED",
                        "STEP_PENDING",
                        "STEP_DONE",
                        "STEP_DONE",
                        "STATUS_CHANGED",
                        "STEP_DONE",
                        "STEP_SKIPPED",
                        "STEP_DONE",
                        "CHAIN_COMPLETED",
                        "STATUS_CHANGED",
                        "STATUS_CHANGED");
        assertThat(audit.query(
                        workerName, "documentation_case", opened.path("id").asString(), null, null, 20))
                .extracting(AuditRecord::action)
                .contains("READ_DOCUMENTATION_CASE_HISTORY", "OPEN_DOCUMENTATION_CASE");
    }

    @Test
    void aStepInsideSyriaWaitsForTheReturnAndClosingWithoutOutcomeNeedsANote() {
        Household household = DocumentationTestData.household(households, "LBN", new String[] {}, new String[] {});
        ApiClient worker = client(DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY10"));
        JsonNode opened = worker.post(
                        "/api/v1/documentation/proposals/"
                                + proposal(worker, household, "NO_IDENTITY_DOCUMENT")
                                        .path("id")
                                        .asString() + "/accept",
                        "{}")
                .json();
        String casePath = "/api/v1/documentation/cases/" + opened.path("id").asString();
        String lossReport = opened.path("steps").get(0).path("id").asString();

        ApiClient.Answer abroad = worker.post(casePath + "/steps/" + lossReport, Map.of("status", "DONE"));
        assertThat(abroad.json().path("errors").get(0).path("code").asString()).isEqualTo("STEP_IN_SYRIA_ONLY");
        journeyCommands.move(
                MoveJourney.of(
                        household.id(),
                        householdQueries.find(household.id()).version(),
                        JourneyStatus.RETURNED_HOME,
                        "arrived"),
                "registration");
        assertThat(worker.post(casePath + "/steps/" + lossReport, Map.of("status", "DONE"))
                        .status())
                .isEqualTo(200);

        ApiClient.Answer noNote = worker.post(casePath + "/status", Map.of("status", "CLOSED"));
        assertThat(noNote.json().path("errors").get(0).path("field").asString()).isEqualTo("note");
        assertThat(worker.post(casePath + "/status", Map.of("status", "CLOSED", "note", "Family moved to Aleppo"))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("CLOSED");
    }

    @Test
    void reassignmentKeepsItsHistoryAndOnlyCaseWorkersMayTakeACase() {
        Household household =
                DocumentationTestData.household(households, "JOR", new String[] {"2022-06-01"}, new String[] {null});
        String first = DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY10");
        String second = DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY1006");
        String analyst = DocumentationTestData.user(users, Role.ANALYST, null);
        ApiClient worker = client(first);
        JsonNode opened = worker.post(
                        "/api/v1/documentation/proposals/"
                                + proposal(worker, household, "BIRTH_NOT_REGISTERED")
                                        .path("id")
                                        .asString() + "/accept",
                        "{}")
                .json();
        assertThat(opened.path("jurisdiction").asString()).isEqualTo("JOR");
        String casePath = "/api/v1/documentation/cases/" + opened.path("id").asString();

        ApiClient.Answer toAnalyst = worker.post(casePath + "/assignment", Map.of("assignee", analyst, "reason", "x"));
        assertThat(toAnalyst.json().path("errors").get(0).path("code").asString())
                .isEqualTo("NOT_A_CASE_WORKER");
        ApiClient.Answer noReason = worker.post(casePath + "/assignment", Map.of("assignee", second));
        assertThat(noReason.json().path("errors").get(0).path("field").asString())
                .isEqualTo("reason");
        assertThat(worker.post(casePath + "/assignment", Map.of("assignee", second, "reason", "Leave from Monday"))
                        .json()
                        .path("assignedTo")
                        .asString())
                .isEqualTo(second);

        JsonNode view = client(second).get(casePath).json();
        assertThat(view.path("assignments")
                        .valueStream()
                        .map(a -> a.path("assignedTo").asString())
                        .toList())
                .containsExactly(first, second);
        assertThat(view.path("assignments").get(1).path("reason").asString()).isEqualTo("Leave from Monday");
        assertThat(view.path("history")
                        .valueStream()
                        .filter(e -> e.path("type").asString().equals("REASSIGNED"))
                        .map(e -> e.path("details").path("from").asString() + ">"
                                + e.path("details").path("to").asString())
                        .toList())
                .containsExactly(first + ">" + second);
        assertThat(client(second)
                        .get("/api/v1/documentation/cases?queue=MINE")
                        .json()
                        .valueStream()
                        .map(c -> c.path("id").asString())
                        .toList())
                .contains(opened.path("id").asString());
        assertThat(worker.get("/api/v1/documentation/cases?queue=MINE")
                        .json()
                        .valueStream()
                        .map(c -> c.path("id").asString())
                        .toList())
                .doesNotContain(opened.path("id").asString());
    }

    @Test
    void aCaseIsNotGivenToACaseWorkerWhoseAreasDoNotCoverTheHousehold() {
        Household household =
                DocumentationTestData.household(households, "JOR", new String[] {"2021-09-01"}, new String[] {null});
        ApiClient worker = client(DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY10"));
        String elsewhere = DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY02");
        String nowhere = DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, null);
        String covering =
                DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, DocumentationTestData.DESTINATION);
        JsonNode opened = worker.post(
                        "/api/v1/documentation/proposals/"
                                + proposal(worker, household, "BIRTH_NOT_REGISTERED")
                                        .path("id")
                                        .asString() + "/accept",
                        "{}")
                .json();
        String casePath = "/api/v1/documentation/cases/" + opened.path("id").asString();

        ApiClient.Answer toElsewhere =
                worker.post(casePath + "/assignment", Map.of("assignee", elsewhere, "reason", "Leave"));
        ApiClient.Answer toNowhere =
                worker.post(casePath + "/assignment", Map.of("assignee", nowhere, "reason", "Leave"));
        ApiClient.Answer toCovering =
                worker.post(casePath + "/assignment", Map.of("assignee", covering, "reason", "Leave"));

        assertThat(List.of(toElsewhere, toNowhere)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().path("code").asString()).isEqualTo("ASSIGNEE_OUT_OF_SCOPE");
            assertThat(refused.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("assignee");
        });
        assertThat(toCovering.json().path("assignedTo").asString()).isEqualTo(covering);
        assertThat(jdbc.sql(
                                "SELECT assigned_to FROM documentation_assignment WHERE case_id = CAST(:id AS uuid) ORDER BY id")
                        .param("id", opened.path("id").asString())
                        .query(String.class)
                        .list())
                .doesNotContain(elsewhere, nowhere)
                .endsWith(covering);
    }

    @Test
    void casesOfAnotherAreaAreNotFoundAndOtherRolesAreRefused() {
        Household household =
                DocumentationTestData.household(households, "TUR", new String[] {"2020-01-20"}, new String[] {null});
        ApiClient inside = client(DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY10"));
        ApiClient elsewhere = client(DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, "SY02"));
        ApiClient unscoped = client(DocumentationTestData.user(users, Role.DOCUMENTATION_CASE_WORKER, null));
        ApiClient officer = client(DocumentationTestData.user(users, Role.REGISTRATION_OFFICER, "SY10"));
        ApiClient analyst = client(DocumentationTestData.user(users, Role.ANALYST, null));
        JsonNode birth = proposal(inside, household, "BIRTH_NOT_REGISTERED");
        assertThat(elsewhere
                        .get("/api/v1/documentation/proposals?household=" + household.id())
                        .json())
                .isEmpty();
        assertThat(elsewhere
                        .post(
                                "/api/v1/documentation/proposals/"
                                        + birth.path("id").asString() + "/accept",
                                "{}")
                        .status())
                .isEqualTo(404);
        String caseId = inside.post(
                        "/api/v1/documentation/proposals/" + birth.path("id").asString() + "/accept", "{}")
                .json()
                .path("id")
                .asString();

        assertThat(elsewhere.get("/api/v1/documentation/cases/" + caseId).status())
                .isEqualTo(404);
        assertThat(elsewhere
                        .get("/api/v1/documentation/cases/" + caseId)
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("CASE_NOT_FOUND");
        assertThat(unscoped.get("/api/v1/documentation/cases/" + caseId).status())
                .isEqualTo(404);
        assertThat(elsewhere
                        .post("/api/v1/documentation/cases/" + caseId + "/notes", Map.of("text", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(officer.get("/api/v1/documentation/cases/" + caseId).status())
                .isEqualTo(403);
        assertThat(analyst.get("/api/v1/documentation/cases/" + caseId).status())
                .isEqualTo(403);
        assertThat(analyst.get("/api/v1/documentation/figures").status()).isEqualTo(200);
        assertThat(elsewhere
                        .get("/api/v1/documentation/cases?queue=ALL")
                        .json()
                        .valueStream()
                        .map(c -> c.path("id").asString())
                        .toList())
                .doesNotContain(caseId);
        JsonNode shown = inside.get("/api/v1/documentation/cases/" + caseId).json();
        assertThat(shown.path("chain").path("jurisdiction").asString()).isEqualTo("TUR");
    }
}
