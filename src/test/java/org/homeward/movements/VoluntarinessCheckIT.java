package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movements.VoluntarinessTestData.as;
import static org.homeward.movements.VoluntarinessTestData.candidate;
import static org.homeward.movements.VoluntarinessTestData.form;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The voluntariness departure check, found among the application's checks and run on real
 * records: red for a missing decision, red before the day, red until everyone re-confirmed on the
 * day, green then, red again after a withdrawal, and red for a child on their own whose
 * best-interests assessment does not favour return. Reasons name counts and positions, never people.
 */
@HomewardTest
class VoluntarinessCheckIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VoluntarinessService voluntariness;

    @Autowired
    VoluntarinessReader reader;

    @Autowired
    VoluntarinessReconfirmations reconfirmations;

    @Autowired
    List<DepartureCheck> checks;

    VoluntarinessTestData data;

    @BeforeEach
    void setUp() {
        data = new VoluntarinessTestData(households, users, jdbc);
    }

    private DepartureCheck check() {
        return checks.stream()
                .filter(check -> check.name().equals("voluntariness"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void redUntilEveryAdultDecidedAndReconfirmedOnTheDayThenGreenAndRedAgainAfterAWithdrawal() {
        Household family = data.family("Checkfamily");
        String recorder = data.officer("check.recorder");
        String movementOfficer = data.officer("check.movement");
        LocalDate today = VoluntarinessTestData.today();
        UUID movement = data.movement(family, today);
        List<UUID> adults = List.of(
                family.members().get(0).id(),
                family.members().get(1).id(),
                family.members().get(3).id());

        CheckVerdict nobody = check().judge(candidate(movement, today, today, family));
        assertThat(nobody.level()).isEqualTo(CheckLevel.RED);
        assertThat(nobody.reasonKey()).isEqualTo("voluntariness.check.missing");
        assertThat(nobody.arguments()).containsExactly("3", "1, 2, 4");

        String digest = as(recorder, Role.REGISTRATION_OFFICER, () -> reader.view(family.id()))
                .briefing()
                .digest();
        as(
                recorder,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(family.id(), adults.get(0), form(digest, null)));
        assertThat(check().judge(candidate(movement, today, today, family)).arguments())
                .containsExactly("2", "2, 4");
        as(
                recorder,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(family.id(), adults.get(1), form(digest, null)));
        as(
                recorder,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(family.id(), adults.get(2), form(digest, null)));

        CheckVerdict beforeTheDay = check().judge(candidate(movement, today, today.minusDays(1), family));
        assertThat(beforeTheDay.level()).isEqualTo(CheckLevel.RED);
        assertThat(beforeTheDay.reasonKey()).isEqualTo("voluntariness.check.reconfirmation-due");
        assertThat(beforeTheDay.arguments()).containsExactly("3", today.toString());

        CheckVerdict notYet = check().judge(candidate(movement, today, today, family));
        assertThat(notYet.reasonKey()).isEqualTo("voluntariness.check.not-reconfirmed");
        assertThat(notYet.arguments()).containsExactly("3", "1, 2, 4");

        ReconfirmVoluntarinessRequest onThisMovement = new ReconfirmVoluntarinessRequest(movement.toString());
        as(
                movementOfficer,
                Role.REGISTRATION_OFFICER,
                () -> reconfirmations.reconfirm(family.id(), adults.get(0), onThisMovement));
        as(
                movementOfficer,
                Role.REGISTRATION_OFFICER,
                () -> reconfirmations.reconfirm(family.id(), adults.get(1), onThisMovement));
        CheckVerdict oneLeft = check().judge(candidate(movement, today, today, family));
        assertThat(oneLeft.level()).isEqualTo(CheckLevel.RED);
        assertThat(oneLeft.arguments()).containsExactly("1", "4");

        as(
                movementOfficer,
                Role.REGISTRATION_OFFICER,
                () -> reconfirmations.reconfirm(family.id(), adults.get(2), onThisMovement));
        CheckVerdict everyone = check().judge(candidate(movement, today, today, family));
        assertThat(everyone.level()).isEqualTo(CheckLevel.GREEN);
        assertThat(everyone.reasonKey()).isEqualTo("voluntariness.check.confirmed");
        assertThat(everyone.arguments()).containsExactly("3");

        as(
                movementOfficer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.withdraw(family.id(), adults.get(1), new WithdrawVoluntarinessRequest(null)));
        CheckVerdict afterWithdrawal = check().judge(candidate(movement, today, today, family));
        assertThat(afterWithdrawal.level()).isEqualTo(CheckLevel.RED);
        assertThat(afterWithdrawal.reasonKey()).isEqualTo("voluntariness.check.missing");
        assertThat(afterWithdrawal.arguments()).containsExactly("1", "2");
    }

    @Test
    void aReconfirmationCountsOnlyForItsOwnMovementAndDay() {
        Household single = data.single("Checkother");
        String recorder = data.officer("check.recorder2");
        String movementOfficer = data.officer("check.movement2");
        LocalDate today = VoluntarinessTestData.today();
        UUID movement = data.movement(single, today);
        UUID person = single.members().get(0).id();
        String digest = as(recorder, Role.REGISTRATION_OFFICER, () -> reader.view(single.id()))
                .briefing()
                .digest();
        as(recorder, Role.REGISTRATION_OFFICER, () -> voluntariness.record(single.id(), person, form(digest, null)));
        as(
                movementOfficer,
                Role.REGISTRATION_OFFICER,
                () -> reconfirmations.reconfirm(
                        single.id(), person, new ReconfirmVoluntarinessRequest(movement.toString())));
        assertThat(check().judge(candidate(movement, today, today, single)).level())
                .isEqualTo(CheckLevel.GREEN);
        assertThat(check().judge(candidate(UUID.randomUUID(), today, today, single))
                        .level())
                .isEqualTo(CheckLevel.RED);
        assertThat(check().judge(candidate(movement, today, today.plusDays(1), single))
                        .reasonKey())
                .isEqualTo("voluntariness.check.not-reconfirmed");
    }

    @Test
    void aChildOnTheirOwnWhoseAssessmentDoesNotFavourReturnKeepsTheHouseholdRed() {
        Household child = data.unaccompaniedChild("Checkchild");
        String recorder = data.officer("check.child");
        LocalDate today = VoluntarinessTestData.today();
        UUID girl = child.members().get(0).id();
        String digest = as(recorder, Role.REGISTRATION_OFFICER, () -> reader.view(child.id()))
                .briefing()
                .digest();
        as(
                recorder,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(
                        child.id(),
                        girl,
                        new RecordVoluntarinessRequest(
                                "COMMUNITY",
                                "Akkar",
                                "ar",
                                "caseworker",
                                null,
                                null,
                                true,
                                "VOLUNTARY_RETURN",
                                "ar",
                                digest,
                                "child protection officer",
                                today.minusDays(2).toString(),
                                "RETURN_NOT_IN_BEST_INTERESTS",
                                "BIA-77")));
        CheckVerdict verdict = check().judge(candidate(UUID.randomUUID(), today, today, child));
        assertThat(verdict.level()).isEqualTo(CheckLevel.RED);
        assertThat(verdict.reasonKey()).isEqualTo("voluntariness.check.best-interests");
        assertThat(verdict.arguments()).containsExactly("1", "1");
    }
}
