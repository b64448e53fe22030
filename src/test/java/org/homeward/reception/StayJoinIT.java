package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Members who arrive after a partial check-in join their household's stay, within the centre's capacity. */
@HomewardTest
class StayJoinIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @LocalServerPort
    int port;

    ApiClient manager;
    String managerName;

    @BeforeEach
    void signIn() {
        managerName = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        manager = new ApiClient(port, managerName, ReceptionTestData.PASSWORD);
    }

    @Test
    void membersArrivingLaterJoinTheStayAndTheLastOneEndsThePartialStay() {
        String centre = centre(20, 3, 1);
        Household household = ReceptionTestData.household(households, "SY020000", null, 5, Set.of(4));
        String stay = partialCheckIn(centre, household, 0, 1);

        Answer first = join(stay, household, 2);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("persons").asInt()).isEqualTo(3);
        assertThat(first.json().get("accessible").asBoolean()).isFalse();
        assertThat(first.json().get("partialReason").asString()).isEqualTo("The others come next week");

        Answer rest = manager.post(
                "/api/v1/stays/" + stay + "/members",
                Map.of(
                        "memberIds",
                        List.of(member(household, 3), member(household, 4)),
                        "note",
                        "Came on the bus from Beirut"));
        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        assertThat(rest.json().get("persons").asInt()).isEqualTo(5);
        assertThat(rest.json().get("accessible").asBoolean())
                .as("the disabled member came")
                .isTrue();
        assertThat(rest.json().get("partialReason").isNull())
                .as("everybody is in now")
                .isTrue();
        assertThat(rest.json().get("id").asString()).isEqualTo(stay);

        JsonNode occupied = manager.get("/api/v1/centres/" + centre).json().get("occupied");
        assertThat(occupied.get("persons").asInt()).isEqualTo(5);
        assertThat(occupied.get("familyUnits").asInt()).isEqualTo(1);
        assertThat(occupied.get("accessibleUnits").asInt()).isEqualTo(1);
        List<StayEvent> history = stays.historyOf(household.id());
        assertThat(history)
                .extracting(StayEvent::type)
                .containsExactly("CHECKED_IN", "MEMBERS_JOINED", "MEMBERS_JOINED");
        StayEvent last = history.get(2);
        assertThat(last.reason()).isEqualTo("Came on the bus from Beirut");
        assertThat(last.actor()).isEqualTo(managerName);
        assertThat(last.details())
                .containsEntry("joined", 2)
                .containsEntry("personsBefore", 3)
                .containsEntry("persons", 5)
                .containsEntry("accessibleUnit", true);
    }

    @Test
    void answersClearlyWhenAMemberIsAStrangerIsStayingAlreadyOrNoneIsNamed() {
        String centre = centre(20, 3, 1);
        Household household = ReceptionTestData.household(households, 4);
        String stay = partialCheckIn(centre, household, 0, 1);

        Answer stranger = manager.post(
                "/api/v1/stays/" + stay + "/members",
                Map.of(
                        "memberIds",
                        List.of(member(household, 2), UUID.randomUUID().toString())));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("memberIds[1]");
        assertThat(StayApiIT.codes(stranger)).containsExactly("MEMBER_NOT_IN_HOUSEHOLD");

        Answer staying = manager.post(
                "/api/v1/stays/" + stay + "/members",
                Map.of("memberIds", List.of(member(household, 2), member(household, 1))));
        assertThat(staying.status()).isEqualTo(409);
        assertThat(staying.json().get("code").asString()).isEqualTo("MEMBER_ALREADY_STAYING");
        assertThat(staying.json().get("errors").get(0).get("field").asString()).isEqualTo("memberIds[1]");

        Answer nobody = manager.post("/api/v1/stays/" + stay + "/members", Map.of("memberIds", List.of()));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(StayApiIT.codes(nobody)).containsExactly("MEMBERS_MISSING");

        assertThat(stays.find(UUID.fromString(stay)).persons())
                .as("nothing changed")
                .isEqualTo(2);
        assertThat(stays.historyOf(household.id())).extracting(StayEvent::type).containsExactly("CHECKED_IN");
    }

    @Test
    void aFullCentreRefusesTheMembersAndAnEndedStayTakesNobody() {
        String centre = centre(4, 3, 1);
        Household household = ReceptionTestData.household(households, "SY020000", null, 4, Set.of(3));
        Household neighbours = ReceptionTestData.household(households, "SY020000", null, 1, Set.of(0));
        String stay = partialCheckIn(centre, household, 0, 1);
        assertThat(manager.post("/api/v1/centres/" + centre + "/stays", Map.of("household", neighbours.reference()))
                        .status())
                .isEqualTo(201);

        Answer noAccessibleUnit = join(stay, household, 3);
        assertThat(noAccessibleUnit.status()).isEqualTo(409);
        assertThat(noAccessibleUnit.json().get("code").asString()).isEqualTo("CENTRE_FULL");
        assertThat(StayApiIT.codes(noAccessibleUnit)).containsExactly("NO_ACCESSIBLE_UNIT_LEFT");
        assertThat(join(stay, household, 2).status()).isEqualTo(200);
        Answer noPlace =
                manager.post("/api/v1/stays/" + stay + "/members", Map.of("memberIds", List.of(member(household, 3))));
        assertThat(StayApiIT.codes(noPlace)).containsExactly("NO_PERSON_PLACES_LEFT", "NO_ACCESSIBLE_UNIT_LEFT");
        assertThat(centres.find(centre).occupied().persons()).isEqualTo(4);

        assertThat(manager.post("/api/v1/stays/" + stay + "/check-out", Map.of("outcome", "OTHER_ACCOMMODATION"))
                        .status())
                .isEqualTo(200);
        Answer ended = join(stay, household, 3);
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.json().get("code").asString()).isEqualTo("STAY_ALREADY_ENDED");
    }

    @Test
    void membersJoiningAndHouseholdsCheckingInAtOnceTakeExactlyTheFreePlaces() throws Exception {
        String centre = centre(8, 8, 1);
        List<Household> partial = new ArrayList<>();
        List<String> stayIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Household household = ReceptionTestData.household(households, 4);
            partial.add(household);
            stayIds.add(partialCheckIn(centre, household, 0));
        }
        int free = centres.find(centre).free().persons();
        assertThat(free).isEqualTo(6);
        List<Map.Entry<String, Map<String, Object>>> requests = new ArrayList<>();
        for (int h = 0; h < 2; h++) {
            for (int m = 1; m < 4; m++) {
                requests.add(Map.entry(
                        "/api/v1/stays/" + stayIds.get(h) + "/members",
                        Map.of("memberIds", List.of(member(partial.get(h), m)))));
            }
        }
        for (int i = 0; i < 6; i++) {
            requests.add(Map.entry(
                    "/api/v1/centres/" + centre + "/stays",
                    Map.of(
                            "household",
                            ReceptionTestData.household(households, 1).reference())));
        }

        List<Answer> answers = allAtOnce(requests);

        List<Answer> admitted = answers.stream()
                .filter(answer -> answer.status() == 200 || answer.status() == 201)
                .toList();
        assertThat(admitted).hasSize(free);
        assertThat(answers)
                .filteredOn(answer -> !admitted.contains(answer))
                .hasSize(requests.size() - free)
                .allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(409);
                    assertThat(answer.json().get("code").asString()).isEqualTo("CENTRE_FULL");
                });
        CentreOccupancy after = centres.find(centre);
        assertThat(after.occupied().persons()).isEqualTo(8);
        int joined = stayIds.stream()
                        .mapToInt(id -> stays.find(UUID.fromString(id)).persons())
                        .sum()
                - 2;
        long checkedIn =
                answers.stream().filter(answer -> answer.status() == 201).count();
        assertThat(joined + checkedIn).isEqualTo(free);
    }

    private List<Answer> allAtOnce(List<Map.Entry<String, Map<String, Object>>> requests) throws Exception {
        // The requests race for places, not for sign-in: a token is checked without a password hash, which
        // the sign-in guard would otherwise ration on a loaded machine (LOGIN_BUSY).
        ApiClient racing = ApiClient.withToken(
                port, manager.post("/api/v1/tokens", "{}").json().get("token").asString());
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> request : requests) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return racing.post(request.getKey(), request.getValue());
                }));
            }
            ready.await();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private String partialCheckIn(String centre, Household household, int... positions) {
        List<String> members = new ArrayList<>();
        for (int position : positions) {
            members.add(member(household, position));
        }
        Answer answer = manager.post(
                "/api/v1/centres/" + centre + "/stays",
                Map.of(
                        "household",
                        household.reference(),
                        "memberIds",
                        members,
                        "reason",
                        "The others come next week"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    private Answer join(String stay, Household household, int position) {
        return manager.post(
                "/api/v1/stays/" + stay + "/members", Map.of("memberIds", List.of(member(household, position))));
    }

    private static String member(Household household, int position) {
        return household.members().get(position).id().toString();
    }

    private String centre(int persons, int families, int accessible) {
        return centres.create(
                        ReceptionTestCentres.request(
                                ReceptionTestData.unique("JOIN"), "SY020000", persons, families, accessible),
                        "test")
                .code();
    }
}
