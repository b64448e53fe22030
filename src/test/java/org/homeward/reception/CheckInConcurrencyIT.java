package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.homeward.registry.HouseholdQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twenty managers check twenty households in at once, through the real API on the real database,
 * competing for the last five places of a centre.
 */
@HomewardTest
class CheckInConcurrencyIT {

    private static final int CONTENDERS = 20;
    private static final int LAST_PLACES = 5;

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void exactlyTheFreePlacesAreTakenAndEveryLoserIsToldTheCentreIsFull() throws Exception {
        String centre = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("RACE"), "SY020000", 12, 12, 2), "test")
                .code();
        ApiClient manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
        Household alreadyIn = ReceptionTestData.household(households, 7);
        assertThat(manager.post("/api/v1/centres/" + centre + "/stays", Map.of("household", alreadyIn.reference()))
                        .status())
                .isEqualTo(201);
        assertThat(centres.find(centre).free().persons()).isEqualTo(LAST_PLACES);
        List<Household> contenders = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            contenders.add(ReceptionTestData.household(households, 1));
        }

        // The contenders race for places, not for sign-in: a token is checked without a password hash,
        // which the sign-in guard would otherwise ration on a loaded machine (LOGIN_BUSY).
        ApiClient racing = ApiClient.withToken(
                port, manager.post("/api/v1/tokens", "{}").json().get("token").asString());
        List<Answer> answers = checkInAllAtOnce(centre, contenders, racing);

        List<Answer> admitted =
                answers.stream().filter(answer -> answer.status() == 201).toList();
        List<Answer> refused =
                answers.stream().filter(answer -> answer.status() != 201).toList();
        assertThat(admitted).hasSize(LAST_PLACES);
        assertThat(refused).hasSize(CONTENDERS - LAST_PLACES).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.json().get("code").asString()).isEqualTo("CENTRE_FULL");
            assertThat(StayApiIT.codes(answer)).containsExactly("NO_PERSON_PLACES_LEFT");
        });
        CentreOccupancy after = centres.find(centre);
        assertThat(after.occupied().persons())
                .isEqualTo(after.centre().capacity().persons());
        assertThat(jdbc.sql("SELECT count(*) FROM reception_stay WHERE centre_code = :centre AND ended_at IS NULL")
                        .param("centre", centre)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1 + LAST_PLACES);
        long movedToReception = contenders.stream()
                .filter(household -> householdQueries
                        .find(household.id())
                        .journey()
                        .status()
                        .name()
                        .equals("AT_RECEPTION"))
                .count();
        assertThat(movedToReception)
                .as("only admitted households' journeys move")
                .isEqualTo(LAST_PLACES);
    }

    private List<Answer> checkInAllAtOnce(String centre, List<Household> contenders, ApiClient manager)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CONTENDERS);
        CountDownLatch ready = new CountDownLatch(CONTENDERS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Household household : contenders) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return manager.post(
                            "/api/v1/centres/" + centre + "/stays", Map.of("household", household.reference()));
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
}
