package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.movements.VoluntarinessTestData.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
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
 * The bulk path the week's schedule writes through keeps the rules of a household added by hand: a
 * household already on another open manifest refuses the whole movement's write and leaves nothing of
 * it; accepted households travel whole, seated in the vehicle asked for, with a history event each.
 */
@HomewardTest
class ScheduledManifestRulesIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    ManifestService manifests;

    @Autowired
    MovementService movements;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aHouseholdOnAnotherManifestRefusesTheWholeWriteAndTheRestAreWrittenWhole() {
        String coordinatorName = MovementTestData.user(users, Role.COORDINATOR);
        ApiClient coordinator = new ApiClient(port, coordinatorName, MovementTestData.PASSWORD);
        Household elsewhere = MovementTestData.household(households, 3);
        Household first = MovementTestData.household(households, 4);
        Household second = MovementTestData.household(households, 2);
        String other = MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 2});
        assertThat(MovementTestData.add(coordinator, other, elsewhere, Map.of()).status())
                .isEqualTo(201);
        UUID target = UUID.fromString(
                MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 2}, new int[] {40, 2}));

        assertThatThrownBy(() -> as(coordinatorName, Role.COORDINATOR, () -> {
                    manifests.addAllScheduled(target, List.of(read(first), read(elsewhere)), Map.of(), coordinatorName);
                    return null;
                }))
                .isInstanceOf(MovementConflictException.class)
                .hasMessageContaining(elsewhere.reference());
        assertThat(count("SELECT count(*) FROM manifest_person WHERE movement_id = :movement", target))
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM movement_event WHERE movement_id = :movement AND type = 'HOUSEHOLD_ADDED'",
                        target))
                .isZero();

        as(coordinatorName, Role.COORDINATOR, () -> {
            manifests.addAllScheduled(
                    target,
                    List.of(read(first), read(second)),
                    Map.of(first.id(), "Bus 2", second.id(), "Bus 2"),
                    coordinatorName);
            return null;
        });
        assertThat(count("SELECT count(*) FROM manifest_person WHERE movement_id = :movement AND travels", target))
                .isEqualTo(6);
        assertThat(count(
                        "SELECT count(*) FROM manifest_person WHERE movement_id = :movement AND vehicle_label = 'Bus 2'",
                        target))
                .as("seated in the vehicle asked for")
                .isEqualTo(6);
        assertThat(count(
                        "SELECT count(*) FROM movement_event WHERE movement_id = :movement AND type = 'HOUSEHOLD_ADDED'",
                        target))
                .isEqualTo(2);
        assertThat(count("SELECT scheduled FROM movement_funnel_count WHERE movement_id = :movement", target))
                .isEqualTo(6);
    }

    private Household read(Household household) {
        return householdQueries.find(household.id());
    }

    private long count(String sql, UUID movement) {
        return jdbc.sql(sql).param("movement", movement).query(Long.class).single();
    }
}
