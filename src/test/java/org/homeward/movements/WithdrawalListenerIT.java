package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.movements.VoluntarinessTestData.as;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A withdrawal takes the household off its planned movement in the withdrawing transaction, is
 * counted on the plan's funnel, releases the reception places booked for the movement, and is
 * undone with it when that transaction rolls back.
 */
@HomewardTest
class WithdrawalListenerIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CentreService centres;

    @Autowired
    VoluntarinessService voluntariness;

    @Autowired
    VoluntarinessReader reader;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aWithdrawalTakesTheHouseholdOffAndIsCountedOnThePlan() {
        ApiClient coordinator = MovementTestData.client(port, users, Role.COORDINATOR);
        String plan = coordinator
                .post(
                        "/api/v1/plans",
                        Map.of(
                                "name",
                                MovementTestData.unique("Withdrawals"),
                                "startsOn",
                                "2026-01-01",
                                "endsOn",
                                "2030-12-31"))
                .json()
                .get("id")
                .asString();
        String movement = MovementTestData.movement(coordinator, plan, "HOME", new int[] {40, 0});
        Household staying = MovementTestData.household(households, 3);
        Household withdrawing = MovementTestData.household(households, 4);
        MovementTestData.add(coordinator, movement, staying, Map.of());
        MovementTestData.add(coordinator, movement, withdrawing, Map.of());

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    events.publishEvent(new VoluntarinessWithdrawn(
                            withdrawing.id(), withdrawing.members().get(1).id(), Instant.now(), "officer.one"));
                    throw new IllegalStateException("the withdrawal failed to save");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(coordinator.get("/api/v1/movements/" + movement + "/checks").json())
                .as("rolled back with the withdrawal")
                .hasSize(2);

        transactions.executeWithoutResult(status -> events.publishEvent(new VoluntarinessWithdrawn(
                withdrawing.id(), withdrawing.members().get(1).id(), Instant.now(), "officer.one")));
        JsonNode manifest =
                coordinator.get("/api/v1/movements/" + movement + "/manifest").json();
        JsonNode taken = manifest.get(1);
        assertThat(taken.get("reference").asString()).isEqualTo(withdrawing.reference());
        assertThat(taken.get("open").asBoolean()).isFalse();
        assertThat(taken.get("removalReason").asString()).isEqualTo("WITHDRAWN");
        assertThat(coordinator.get("/api/v1/movements/" + movement + "/checks").json())
                .hasSize(1);

        JsonNode funnel = coordinator.get("/api/v1/plans/" + plan + "/funnel").json();
        assertThat(funnel.get("totals").get("SCHEDULED").asLong()).isEqualTo(3);
        assertThat(funnel.get("totals").get("WITHDRAWN").asLong())
                .as("counted, never hidden")
                .isEqualTo(4);
        assertThat(funnel.get("byCrossing"))
                .extracting(row -> row.get("key").asString())
                .as("intentions of other tests may add \"*\"")
                .contains("MASNAA");

        transactions.executeWithoutResult(status -> events.publishEvent(new VoluntarinessWithdrawn(
                staying.id(), staying.members().get(0).id(), Instant.now(), "officer.two")));
        assertThat(coordinator.get("/api/v1/movements/" + movement + "/history").json())
                .extracting(event -> event.get("type").asString())
                .containsSubsequence("HOUSEHOLD_WITHDRAWN", "HOUSEHOLD_WITHDRAWN");
    }

    @Test
    void aWithdrawalReleasesTheReceptionPlacesBookedForTheMovementAsARemovalDoes() {
        ApiClient coordinator = MovementTestData.client(port, users, Role.COORDINATOR);
        String centre = centres.create(
                        new CentreRequest(
                                "WD-" + MovementTestData.RUN,
                                "Withdrawal centre",
                                "مركز الانسحاب",
                                null,
                                null,
                                "SY020000",
                                33.5,
                                36.3,
                                40,
                                8,
                                1,
                                List.of("WATER"),
                                true,
                                null),
                        "test")
                .code();
        String movement = MovementTestData.movement(coordinator, null, "RECEPTION", new int[] {40, 2});
        VoluntarinessTestData data = new VoluntarinessTestData(households, users, jdbc);
        Household single = data.single("Bookedwithdrawal");
        Household stays = MovementTestData.household(households, 2);
        assertThat(MovementTestData.add(coordinator, movement, single, Map.of("centreCode", centre))
                        .status())
                .isEqualTo(201);
        assertThat(MovementTestData.add(coordinator, movement, stays, Map.of("centreCode", centre))
                        .status())
                .isEqualTo(201);
        assertThat(occupied(coordinator, centre))
                .as("both households hold places")
                .isEqualTo(3);

        String officer = data.officer("withdrawal.booking.officer");
        UUID person = single.members().get(0).id();
        String digest = as(officer, Role.REGISTRATION_OFFICER, () -> reader.view(single.id()))
                .briefing()
                .digest();
        as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(single.id(), person, VoluntarinessTestData.form(digest, null)));
        as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.withdraw(single.id(), person, new WithdrawVoluntarinessRequest(null)));

        assertThat(occupied(coordinator, centre))
                .as("the withdrawn household's places are free again")
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                                SELECT end_outcome || ' ' || end_cause || ' ' || end_cause_detail || ' ' || (end_note IS NULL)
                                FROM reception_stay WHERE household_id = :household""")
                        .param("household", single.id())
                        .query(String.class)
                        .list())
                .as("released as taken off this movement, a code and no English sentence")
                .containsExactly("NOT_ARRIVED TAKEN_OFF_MOVEMENT " + movement + " true");
        assertThat(coordinator
                        .get("/api/v1/movements/" + movement + "/manifest")
                        .json())
                .filteredOn(entry -> entry.get("reference").asString().equals(single.reference()))
                .singleElement()
                .satisfies(taken ->
                        assertThat(taken.get("removalReason").asString()).isEqualTo("WITHDRAWN"));
    }

    private static int occupied(ApiClient coordinator, String centre) {
        return coordinator
                .get("/api/v1/centres/" + centre)
                .json()
                .get("occupied")
                .get("persons")
                .asInt();
    }
}
