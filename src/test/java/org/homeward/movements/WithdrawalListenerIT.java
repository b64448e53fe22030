package org.homeward.movements;

import java.time.Instant;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A withdrawal takes the household off its planned movement in the withdrawing transaction, is
 * counted on the plan's funnel, and is undone with it when that transaction rolls back.
 */
@HomewardTest
class WithdrawalListenerIT {

    @Autowired
    UserService users;
    @Autowired
    HouseholdService households;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @LocalServerPort
    int port;

    @Test
    void aWithdrawalTakesTheHouseholdOffAndIsCountedOnThePlan() {
        ApiClient coordinator = MovementTestData.client(port, users, Role.COORDINATOR);
        String plan = coordinator.post("/api/v1/plans", Map.of("name", MovementTestData.unique("Withdrawals"),
                "startsOn", "2026-01-01", "endsOn", "2030-12-31")).json().get("id").asString();
        String movement = MovementTestData.movement(coordinator, plan, "HOME", new int[]{40, 0});
        Household staying = MovementTestData.household(households, 3);
        Household withdrawing = MovementTestData.household(households, 4);
        MovementTestData.add(coordinator, movement, staying, Map.of());
        MovementTestData.add(coordinator, movement, withdrawing, Map.of());

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new VoluntarinessWithdrawn(withdrawing.id(), withdrawing.members().get(1).id(),
                    Instant.now(), "officer.one"));
            throw new IllegalStateException("the withdrawal failed to save");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(coordinator.get("/api/v1/movements/" + movement + "/checks").json())
                .as("rolled back with the withdrawal").hasSize(2);

        transactions.executeWithoutResult(status -> events.publishEvent(new VoluntarinessWithdrawn(withdrawing.id(),
                withdrawing.members().get(1).id(), Instant.now(), "officer.one")));
        JsonNode manifest = coordinator.get("/api/v1/movements/" + movement + "/manifest").json();
        JsonNode taken = manifest.get(1);
        assertThat(taken.get("reference").asString()).isEqualTo(withdrawing.reference());
        assertThat(taken.get("open").asBoolean()).isFalse();
        assertThat(taken.get("removalReason").asString()).isEqualTo("WITHDRAWN");
        assertThat(coordinator.get("/api/v1/movements/" + movement + "/checks").json()).hasSize(1);

        JsonNode funnel = coordinator.get("/api/v1/plans/" + plan + "/funnel").json();
        assertThat(funnel.get("totals").get("SCHEDULED").asLong()).isEqualTo(3);
        assertThat(funnel.get("totals").get("WITHDRAWN").asLong()).as("counted, never hidden").isEqualTo(4);
        assertThat(funnel.get("byCrossing").get(0).get("key").asString()).isEqualTo("MASNAA");

        transactions.executeWithoutResult(status -> events.publishEvent(new VoluntarinessWithdrawn(staying.id(),
                staying.members().get(0).id(), Instant.now(), "officer.two")));
        assertThat(coordinator.get("/api/v1/movements/" + movement + "/history").json())
                .extracting(event -> event.get("type").asString()).containsSubsequence("HOUSEHOLD_WITHDRAWN", "HOUSEHOLD_WITHDRAWN");
    }
}
