package org.homeward.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.homeward.HomewardTest;
import org.homeward.movements.HouseholdVerdicts;
import org.homeward.movements.Movement;
import org.homeward.movements.MovementService;
import org.homeward.movements.ReturnPlan;
import org.homeward.movements.ReturnPlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's return plan: targets for a year and movements in several states, each with its checks. */
@HomewardTest
class MovementDemoIT {

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ReturnPlanService plans;
    @Autowired
    MovementService movements;

    @Test
    void theDemoPlanHasMovementsInSeveralStates() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Damascus"));
        MovementDemo.load(context, today, new PrintStream(printed, true, StandardCharsets.UTF_8));

        ReturnPlan plan = plans.list().stream().filter(candidate -> candidate.name().startsWith("Demo: organised returns"))
                .findFirst().orElseThrow();
        assertThat(plans.find(plan.id()).targets()).hasSize(24);
        List<Movement> planned = movements.ofPlan(plan.id());
        // The first movement is meant to leave, but the demo records no adult's voluntariness, and without it
        // nobody departs: it stays planned, held by the voluntariness check.
        assertThat(planned).extracting(Movement::status).containsExactly("PLANNED", "PLANNED", "PLANNED", "PLANNED");
        assertThat(movements.verdicts(planned.get(0).id())).isNotEmpty().allSatisfy(household -> assertThat(
                household.blocking()).extracting(verdict -> verdict.check()).contains("voluntariness"));
        assertThat(planned.get(3).returnsOn()).isNotNull();
        List<HouseholdVerdicts> amber = movements.verdicts(planned.get(1).id());
        assertThat(amber).hasSize(2).anySatisfy(household -> assertThat(household.blocking())
                .extracting(verdict -> verdict.check()).contains("travel-together"));
        assertThat(movements.verdicts(planned.get(2).id())).allSatisfy(household -> assertThat(household.hasRed()).isTrue());
    }
}
