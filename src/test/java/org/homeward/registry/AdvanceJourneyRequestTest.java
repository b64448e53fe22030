package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdvanceJourneyRequestTest {

    private static final UUID HOUSEHOLD = UUID.fromString("6f1c2a58-0d55-4f3e-9a57-2d0c7e5b1a01");

    @Test
    void turnsTheStatusNameAsTypedIntoATypedMove() {
        MoveJourney move = new AdvanceJourneyRequest(3, " in_transit ", "Crossed at Nasib").toCommand(HOUSEHOLD);

        assertThat(move.householdId()).isEqualTo(HOUSEHOLD);
        assertThat(move.version()).isEqualTo(3);
        assertThat(move.to()).isEqualTo(JourneyStatus.IN_TRANSIT);
        assertThat(move.reason()).isEqualTo("Crossed at Nasib");
        assertThat(move.centreCode()).as("a move from the edge names no centre").isNull();
    }

    @Test
    void refusesANameThatIsNoJourneyStatusNamingTheField() {
        for (String status : new String[] {"ARRIVED", "", null}) {
            assertThatThrownBy(() -> new AdvanceJourneyRequest(0, status, null).toCommand(HOUSEHOLD))
                    .isInstanceOfSatisfying(
                            InvalidHouseholdException.class,
                            refused -> assertThat(refused.problems())
                                    .extracting(
                                            ValidationProblem::field,
                                            problem -> problem.code().name())
                                    .containsExactly(
                                            org.assertj.core.groups.Tuple.tuple("status", "JOURNEY_STATUS_INVALID")));
        }
    }
}
