package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@HomewardTest
class StayApiIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    CentreService centres;

    @LocalServerPort
    int port;

    ApiClient manager;

    @BeforeEach
    void signIn() {
        manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
    }

    @Test
    void personPlacesAreNeverOverbooked() {
        String centre = centre(8, 5, 1);
        assertThat(checkIn(centre, ReceptionTestData.household(households, 5)).status())
                .isEqualTo(201);
        Answer refused = checkIn(centre, ReceptionTestData.household(households, 4));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("CENTRE_FULL");
        assertThat(codes(refused)).containsExactly("NO_PERSON_PLACES_LEFT");
        assertThat(checkIn(centre, ReceptionTestData.household(households, 3)).status())
                .isEqualTo(201);

        JsonNode occupancy = manager.get("/api/v1/centres/" + centre).json();
        assertThat(occupancy.get("occupied").get("persons").asInt()).isEqualTo(8);
        assertThat(occupancy.get("occupied").get("familyUnits").asInt()).isEqualTo(2);
        assertThat(occupancy.get("free").get("persons").asInt()).isZero();
        assertThat(occupancy.get("status").asString()).isEqualTo("FULL");
    }

    @Test
    void eachHouseholdTakesOneFamilyUnit() {
        String centre = centre(20, 2, 0);
        assertThat(checkIn(centre, ReceptionTestData.household(households, 1)).status())
                .isEqualTo(201);
        assertThat(checkIn(centre, ReceptionTestData.household(households, 1)).status())
                .isEqualTo(201);
        Answer refused = checkIn(centre, ReceptionTestData.household(households, 1));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(codes(refused)).containsExactly("NO_FAMILY_UNIT_LEFT");
    }

    @Test
    void aHouseholdWithADisabledMemberTakesAnAccessibleUnitAndOrdinaryHouseholdsDoNot() {
        String centre = centre(30, 4, 1);
        Answer first = checkIn(centre, ReceptionTestData.household(households, "SY020000", null, 3, Set.of(2)));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("accessible").asBoolean()).isTrue();
        Answer second = checkIn(centre, ReceptionTestData.household(households, "SY020000", null, 2, Set.of(0)));
        assertThat(second.status()).isEqualTo(409);
        assertThat(codes(second)).containsExactly("NO_ACCESSIBLE_UNIT_LEFT");
        Answer ordinary = checkIn(centre, ReceptionTestData.household(households, 4));
        assertThat(ordinary.status()).isEqualTo(201);
        assertThat(ordinary.json().get("accessible").asBoolean()).isFalse();
        JsonNode occupied = manager.get("/api/v1/centres/" + centre).json().get("occupied");
        assertThat(occupied.get("accessibleUnits").asInt()).isEqualTo(1);
        assertThat(occupied.get("familyUnits").asInt()).isEqualTo(2);
        assertThat(occupied.get("persons").asInt()).isEqualTo(7);
    }

    @Test
    void aPartialCheckInTakesOnlyTheMembersNamedAndNeedsAReason() {
        String centre = centre(30, 5, 1);
        Household household = ReceptionTestData.household(households, "SY020000", null, 5, Set.of(4));
        List<String> twoMembers = List.of(
                household.members().get(0).id().toString(),
                household.members().get(1).id().toString());

        Answer withoutReason = manager.post(
                "/api/v1/centres/" + centre + "/stays",
                Map.of("household", household.reference(), "memberIds", twoMembers));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(codes(withoutReason)).containsExactly("PARTIAL_REASON_MISSING");

        Answer stranger = manager.post(
                "/api/v1/centres/" + centre + "/stays",
                Map.of(
                        "household",
                        household.reference(),
                        "memberIds",
                        List.of(twoMembers.get(0), java.util.UUID.randomUUID().toString()),
                        "reason",
                        "Others follow"));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("memberIds[1]");
        assertThat(codes(stranger)).containsExactly("MEMBER_NOT_IN_HOUSEHOLD");

        Answer partial = manager.post(
                "/api/v1/centres/" + centre + "/stays",
                Map.of(
                        "household",
                        household.reference(),
                        "memberIds",
                        twoMembers,
                        "reason",
                        "The others stay with relatives in Homs"));
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        assertThat(partial.json().get("persons").asInt()).isEqualTo(2);
        assertThat(partial.json().get("accessible").asBoolean())
                .as("the disabled member did not come")
                .isFalse();
        assertThat(partial.json().get("partialReason").asString()).isEqualTo("The others stay with relatives in Homs");
        assertThat(manager.get("/api/v1/centres/" + centre)
                        .json()
                        .get("occupied")
                        .get("persons")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void checkInMovesTheJourneyToReceptionAndAHouseholdStaysInOneCentreAtATime() {
        String centre = centre(30, 5, 1);
        String other = centre(30, 5, 1);
        Household household = ReceptionTestData.household(households, 3);
        assertThat(household.journey().status().name()).isEqualTo("REGISTERED");
        assertThat(checkIn(centre, household).status()).isEqualTo(201);
        assertThat(householdQueries.find(household.id()).journey().status().name())
                .isEqualTo("AT_RECEPTION");

        Answer again = checkIn(other, household);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("HOUSEHOLD_ALREADY_CHECKED_IN");
        assertThat(manager.get("/api/v1/centres/" + other)
                        .json()
                        .get("occupied")
                        .get("persons")
                        .asInt())
                .isZero();
    }

    @Test
    void aClosedCentreAdmitsNobody() {
        String centre = centre(30, 5, 1);
        CentreOccupancy read = centres.find(centre);
        CentreRequest closing = read.centre().toRequest();
        centres.update(
                centre,
                new CentreRequest(
                        null,
                        closing.nameEn(),
                        closing.nameAr(),
                        closing.townEn(),
                        closing.townAr(),
                        closing.pcode(),
                        closing.latitude(),
                        closing.longitude(),
                        closing.capacityPersons(),
                        closing.capacityFamilies(),
                        closing.accessibleUnits(),
                        closing.services(),
                        false,
                        closing.version()),
                "test");
        Answer refused = checkIn(centre, ReceptionTestData.household(households, 2));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("CENTRE_CLOSED");
    }

    @Test
    void anAnalystSeesOccupancyButNeitherNamesNorStaysAndCannotCheckAnyoneIn() {
        String centre = centre(30, 5, 1);
        Household household = ReceptionTestData.household(households, 2);
        checkIn(centre, household);
        ApiClient analyst =
                new ApiClient(port, ReceptionTestData.user(users, Role.ANALYST), ReceptionTestData.PASSWORD);
        Answer occupancy = analyst.get("/api/v1/centres/" + centre);
        assertThat(occupancy.status()).isEqualTo(200);
        assertThat(occupancy.json().get("occupied").get("persons").asInt()).isEqualTo(2);
        assertThat(analyst.get("/api/v1/centres/" + centre + "/stays").status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/stays/history?household=" + household.id())
                        .status())
                .isEqualTo(403);
        assertThat(analyst.get("/api/v1/centres/" + centre + "/expected-today").status())
                .isEqualTo(403);
        Answer checkIn = analyst.post(
                "/api/v1/centres/" + centre + "/stays",
                Map.of("household", ReceptionTestData.household(households, 1).reference()));
        assertThat(checkIn.status()).isEqualTo(403);
        assertThat(checkIn.json().get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    private String centre(int persons, int families, int accessible) {
        return centres.create(
                        ReceptionTestCentres.request(
                                ReceptionTestData.unique("STAY"), "SY020000", persons, families, accessible),
                        "test")
                .code();
    }

    private Answer checkIn(String centre, Household household) {
        return manager.post("/api/v1/centres/" + centre + "/stays", Map.of("household", household.reference()));
    }

    static List<String> codes(Answer answer) {
        return answer.json()
                .get("errors")
                .valueStream()
                .map(error -> error.get("code").asString())
                .toList();
    }
}
