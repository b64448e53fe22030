package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdEvent;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.JourneyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Boarding through the API on a real application and database: by signed slip or typed reference,
 * forged and altered slips refused and audited, households not on the movement refused, nobody
 * boarded twice, no-shows recorded, and the journey moved to IN_TRANSIT with its history event.
 */
@HomewardTest
class BoardingIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    SlipCodes slipCodes;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    BoardingDepartureCheck departureCheck;

    @LocalServerPort
    int port;

    ApiClient officer;
    String officerName;
    UUID movement;
    LocalDate today;

    @BeforeEach
    void setUp() {
        officerName = BoardingTestData.user(users, Role.REGISTRATION_OFFICER);
        officer = new ApiClient(port, officerName, BoardingTestData.PASSWORD);
        today = LocalDate.now(clock);
        movement = BoardingTestData.movement(jdbc, today, "HOME");
    }

    private Household onManifest(int persons) {
        Household household = BoardingTestData.household(households, "SY010000", persons);
        BoardingTestData.onManifest(jdbc, movement, household);
        return household;
    }

    private String slip(Household household) throws Exception {
        return slipCodes.sign(household.reference());
    }

    private Answer board(String scanned, List<UUID> noShows) {
        return officer.post(
                "/api/v1/movements/" + movement + "/boarding", Map.of("scanned", scanned, "noShows", noShows));
    }

    private List<String> boardingOf(Household household) {
        return jdbc.sql(
                        "SELECT boarding FROM manifest_person WHERE movement_id = :movement AND household_id = :household"
                                + " ORDER BY individual_id")
                .param("movement", movement)
                .param("household", household.id())
                .query(String.class)
                .list();
    }

    @Test
    void boardsEveryTravellerBySignedSlipAndMovesTheJourneyToInTransitWithAnEvent() throws Exception {
        Household household = onManifest(3);

        Answer answer = board(slip(household), List.of());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("boarded").asInt()).isEqualTo(3);
        assertThat(boardingOf(household)).containsOnly("BOARDED").hasSize(3);
        assertThat(jdbc.sql("SELECT DISTINCT boarded_by FROM manifest_person WHERE household_id = :household")
                        .param("household", household.id())
                        .query(String.class)
                        .list())
                .containsExactly(officerName);
        assertThat(householdQueries.find(household.id()).journey().status()).isEqualTo(JourneyStatus.IN_TRANSIT);
        HouseholdEvent moved = householdQueries.history(household.id()).stream()
                .filter(event -> event.type().equals("JOURNEY_MOVED"))
                .findFirst()
                .orElseThrow();
        assertThat(moved.details()).containsEntry("from", "REGISTERED").containsEntry("to", "IN_TRANSIT");
        assertThat(moved.actor()).isEqualTo(officerName);
        assertThat(jdbc.sql(
                                "SELECT details ->> 'method' FROM movement_event WHERE movement_id = :movement AND type = 'BOARDED'")
                        .param("movement", movement)
                        .query(String.class)
                        .single())
                .isEqualTo("SCANNED");
    }

    @Test
    void boardsByTheReferenceTypedByHandAndRecordsThatItWasTyped() {
        Household household = onManifest(2);

        Answer answer = board(" " + household.reference().toLowerCase() + " ", List.of());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(boardingOf(household)).containsOnly("BOARDED");
        assertThat(jdbc.sql(
                                "SELECT details ->> 'method' FROM movement_event WHERE movement_id = :movement AND type = 'BOARDED'")
                        .param("movement", movement)
                        .query(String.class)
                        .single())
                .isEqualTo("TYPED");
    }

    @Test
    void refusesASlipSignedWithAnotherKeyAndAuditsTheRefusal() throws Exception {
        Household household = onManifest(2);
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);

        SlipCodes otherHomeward = new SlipCodes(
                SlipKey.of(java.util.Base64.getEncoder().encodeToString(otherKey), "another Homeward's key"),
                List.of());
        Answer answer = board(otherHomeward.sign(household.reference()), List.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asString()).isEqualTo("SLIP_REFUSED");
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("scanned");
        assertThat(answer.json().path("errors").get(0).path("code").asString()).isEqualTo("SLIP_SIGNATURE_INVALID");
        assertThat(boardingOf(household)).containsOnly("PENDING");
        assertThat(householdQueries.find(household.id()).journey().status()).isEqualTo(JourneyStatus.REGISTERED);
        assertThat(audit.query(officerName, "movement", movement.toString(), null, null, 10))
                .extracting(AuditRecord::action)
                .contains("SLIP_REFUSED");
    }

    @Test
    void refusesAGenuineSignatureCarriedOverToAnotherReference() throws Exception {
        Household genuine = onManifest(2);
        Household other = onManifest(2);
        String signature = slip(genuine).substring(slip(genuine).lastIndexOf('.') + 1);

        Answer altered = board("HW1." + other.reference() + "." + signature, List.of());
        String oneCharacterChanged = slip(genuine).substring(0, slip(genuine).length() - 1)
                + (slip(genuine).endsWith("A") ? "B" : "A");
        Answer tampered = board(oneCharacterChanged, List.of());

        assertThat(altered.status()).isEqualTo(400);
        assertThat(altered.json().path("code").asString()).isEqualTo("SLIP_REFUSED");
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(boardingOf(genuine)).containsOnly("PENDING");
        assertThat(boardingOf(other)).containsOnly("PENDING");
    }

    @Test
    void refusesAHouseholdNotOnThisMovementAndAReferenceNobodyHas() throws Exception {
        Household elsewhere = BoardingTestData.household(households, "SY010000", 2);

        Answer notOnIt = board(slip(elsewhere), List.of());
        Answer nobody = board(slipCodes.sign("HW-0000000"), List.of());

        assertThat(notOnIt.status()).isEqualTo(409);
        assertThat(notOnIt.json().path("code").asString()).isEqualTo("HOUSEHOLD_NOT_ON_MOVEMENT");
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(householdQueries.find(elsewhere.id()).journey().status()).isEqualTo(JourneyStatus.REGISTERED);
    }

    @Test
    void refusesToBoardAHouseholdTwice() throws Exception {
        Household household = onManifest(2);
        assertThat(board(slip(household), List.of()).status()).isEqualTo(200);

        Answer again = board(slip(household), List.of());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("HOUSEHOLD_ALREADY_BOARDED");
        assertThat(jdbc.sql("SELECT count(*) FROM movement_event WHERE movement_id = :movement AND type = 'BOARDED'")
                        .param("movement", movement)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesToBoardAPersonStillOnBoardAnotherMovementAsAProblemNotAFailure() throws Exception {
        Household household = onManifest(2);
        assertThat(board(slip(household), List.of()).status()).isEqualTo(200);
        BoardingTestData.depart(jdbc, movement);
        // The first movement has not arrived, but its manifest line was closed: the index is the last guard.
        jdbc.sql("UPDATE manifest_household SET open = false WHERE movement_id = :movement")
                .param("movement", movement)
                .update();
        UUID first = movement;
        movement = BoardingTestData.movement(jdbc, today, "HOME");
        BoardingTestData.onManifest(jdbc, movement, household);

        Answer answer = board(slip(household), List.of());

        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.json().path("code").asString()).isEqualTo("PERSON_ALREADY_ON_BOARD");
        assertThat(boardingOf(household)).containsOnly("PENDING");
        assertThat(first).isNotEqualTo(movement);
    }

    @Test
    void recordsTheTravellersWhoDidNotComeAndAHouseholdNobodyOfWhichCame() throws Exception {
        Household partly = onManifest(3);
        UUID daughter = partly.members().get(2).id();
        Household absent = onManifest(2);

        Answer boarded = board(slip(partly), List.of(daughter));
        Answer nobody = officer.post(
                "/api/v1/movements/" + movement + "/no-shows",
                Map.of("household", absent.id().toString()));

        assertThat(boarded.status()).as(boarded.body()).isEqualTo(200);
        assertThat(boarded.json().path("boarded").asInt()).isEqualTo(2);
        assertThat(boarded.json().path("noShows").asInt()).isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT boarding FROM manifest_person WHERE movement_id = :movement AND individual_id = :daughter")
                        .param("movement", movement)
                        .param("daughter", daughter)
                        .query(String.class)
                        .single())
                .isEqualTo("NO_SHOW");
        assertThat(nobody.status()).as(nobody.body()).isEqualTo(200);
        assertThat(boardingOf(absent)).containsOnly("NO_SHOW");
        assertThat(jdbc.sql(
                                "SELECT removal_reason FROM manifest_household WHERE movement_id = :movement AND household_id = :household")
                        .param("movement", movement)
                        .param("household", absent.id())
                        .query(String.class)
                        .single())
                .isEqualTo("NO_SHOW");
        assertThat(householdQueries.find(absent.id()).journey().status()).isEqualTo(JourneyStatus.REGISTERED);
        Answer sheet = officer.get("/api/v1/movements/" + movement + "/boarding");
        assertThat(sheet.json().path("boarded").asInt()).isEqualTo(2);
        assertThat(sheet.json().path("noShows").asInt()).isEqualTo(3);
        assertThat(sheet.body()).doesNotContain("phone").contains(partly.reference());
    }

    @Test
    void opensBoardingOnTheDepartureDayOnlyAndToMovementOfficersOnly() throws Exception {
        movement = BoardingTestData.movement(jdbc, today.plusDays(1), "HOME");
        Household household = onManifest(2);
        ApiClient analyst = new ApiClient(port, BoardingTestData.user(users, Role.ANALYST), BoardingTestData.PASSWORD);

        Answer tomorrow = board(slip(household), List.of());
        Answer notAllowed =
                analyst.post("/api/v1/movements/" + movement + "/boarding", Map.of("scanned", slip(household)));
        Answer malformed =
                officer.post("/api/v1/movements/not-a-movement/boarding", Map.of("scanned", slip(household)));

        assertThat(tomorrow.status()).isEqualTo(409);
        assertThat(tomorrow.json().path("code").asString()).isEqualTo("BOARDING_NOT_TODAY");
        assertThat(notAllowed.status()).isEqualTo(403);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(boardingOf(household)).containsOnly("PENDING");
    }

    @Test
    void theDepartureCheckIsRedOnTheDayUntilEveryTravellerBoardedOrDidNotCome() throws Exception {
        Household household = onManifest(3);
        UUID daughter = household.members().get(2).id();
        List<Traveller> travellers = household.members().stream()
                .map(member -> new Traveller(
                        member.id(), member.relationship().name(), java.util.Optional.empty(), true, false, true))
                .toList();
        DepartureCandidate onTheDay = new DepartureCandidate(
                movement, MovementKind.ORGANISED_RETURN, today, today, household.id(), "SY010000", travellers);
        DepartureCandidate dayBefore = new DepartureCandidate(
                movement,
                MovementKind.ORGANISED_RETURN,
                today,
                today.minusDays(1),
                household.id(),
                "SY010000",
                travellers);

        CheckVerdict beforeBoarding = departureCheck.judge(onTheDay);
        CheckVerdict whilePlanning = departureCheck.judge(dayBefore);
        assertThat(board(slip(household), List.of(daughter)).status()).isEqualTo(200);
        CheckVerdict afterBoarding = departureCheck.judge(onTheDay);

        assertThat(beforeBoarding.level()).isEqualTo(CheckLevel.RED);
        assertThat(beforeBoarding.arguments()).containsExactly("3");
        assertThat(whilePlanning.level()).isEqualTo(CheckLevel.GREEN);
        assertThat(afterBoarding.level()).isEqualTo(CheckLevel.GREEN);
        assertThat(afterBoarding.check()).isEqualTo("boarding");
    }
}
