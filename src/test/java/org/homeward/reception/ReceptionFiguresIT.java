package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.statistics.ReceptionFiguresSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The statistics' reception figures come from the centres' history and the stays. */
@HomewardTest
class ReceptionFiguresIT {

    private static final String AREA = "SY1402";

    @Autowired
    ReceptionFiguresSource figures;

    @Autowired
    CentreService centres;

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @Autowired
    java.time.Clock clock;

    @LocalServerPort
    int port;

    @Test
    void placesAndOccupancyFollowCentresAndStaysDayByDay() {
        LocalDate today = LocalDate.now(clock);
        LocalDate yesterday = today.minusDays(1);
        long placesBefore = figures.places(today, AREA).orElseThrow();
        long placesYesterday = figures.places(yesterday, AREA).orElseThrow();
        long occupiedBefore = figures.occupancy(today, AREA).orElseThrow();
        long nationalBefore = figures.occupancy(today, null).orElseThrow();
        long occupiedYesterday = figures.occupancy(yesterday, AREA).orElseThrow();

        String code = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("FIG"), "SY140201", 37, 9, 2), "test")
                .code();
        assertThat(figures.places(today, AREA).orElseThrow()).isEqualTo(placesBefore + 37);
        // The centre did not exist yesterday, so yesterday's places stay as they were.
        assertThat(figures.places(yesterday, AREA).orElseThrow()).isEqualTo(placesYesterday);

        ApiClient manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
        Household household = ReceptionTestData.household(households, 3);
        String stay = manager.post("/api/v1/centres/" + code + "/stays", Map.of("household", household.reference()))
                .json()
                .get("id")
                .asString();
        assertThat(figures.occupancy(today, AREA).orElseThrow()).isEqualTo(occupiedBefore + 3);
        assertThat(figures.occupancy(today, null).orElseThrow()).isEqualTo(nationalBefore + 3);
        assertThat(figures.occupancy(yesterday, AREA).orElseThrow()).isEqualTo(occupiedYesterday);

        manager.post("/api/v1/stays/" + stay + "/check-out", Map.of("outcome", "RETURNED_HOME"));
        assertThat(figures.occupancy(today, AREA).orElseThrow()).isEqualTo(occupiedBefore);
    }
}
