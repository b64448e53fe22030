package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.movements.VoluntarinessTestData.as;
import static org.homeward.movements.VoluntarinessTestData.form;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * Each coercion signal raised by the records that make its pattern, and not by ordinary work; and
 * the protection review queue that shows them to coordinators and keeps their review. The default
 * thresholds apply: 8 forms in 15 minutes, a household's adults within 90 seconds, one witness on 8
 * households in 7 days, signing again within 7 days of withdrawing.
 */
@HomewardTest
class CoercionSignalIT {

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
    ProtectionReviewQueue queue;

    VoluntarinessTestData data;

    @BeforeEach
    void setUp() {
        data = new VoluntarinessTestData(households, users, jdbc);
    }

    private VoluntarinessRecord record(String officer, Household household, int member, String witness) {
        return as(officer, Role.REGISTRATION_OFFICER, () -> {
            String digest = reader.view(household.id()).briefing().digest();
            return voluntariness.record(
                    household.id(), household.members().get(member).id(), form(digest, witness));
        });
    }

    private List<Signal> signals(CoercionSignalKind kind, String subject) {
        return jdbc.sql(
                        "SELECT id, record_ids, household_ids FROM coercion_signal WHERE kind = :kind AND subject = :subject")
                .param("kind", kind.name())
                .param("subject", subject)
                .query((rs, n) -> new Signal(
                        rs.getLong("id"),
                        List.of((UUID[]) rs.getArray("record_ids").getArray()),
                        List.of((UUID[]) rs.getArray("household_ids").getArray())))
                .list();
    }

    /** Registered names hold letters only. */
    private static String letter(int i) {
        return String.valueOf((char) ('a' + i));
    }

    private record Signal(long id, List<UUID> records, List<UUID> households) {}

    @Test
    void oneOfficerRecordingManyFormsWithinMinutesAcrossHouseholdsRaisesOneSignal() {
        String officer = data.officer("burst.officer");
        List<UUID> kept = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            kept.add(record(officer, data.single("Burst" + letter(i)), 0, null).id());
        }
        List<Signal> raised = signals(CoercionSignalKind.OFFICER_BURST, officer);
        assertThat(raised)
                .as("the ninth form continues the burst already raised")
                .hasSize(1);
        assertThat(raised.get(0).records()).containsExactlyElementsOf(kept.subList(0, 8));
        assertThat(raised.get(0).households()).hasSize(8);
    }

    @Test
    void anOfficerRecordingAFewFormsRaisesNoBurst() {
        String officer = data.officer("steady.officer");
        for (int i = 0; i < 3; i++) {
            record(officer, data.single("Steady" + letter(i)), 0, null);
        }
        assertThat(signals(CoercionSignalKind.OFFICER_BURST, officer)).isEmpty();
    }

    @Test
    void everyAdultOfAHouseholdRecordedWithinSecondsByOneOfficerRaisesASignal() {
        String officer = data.officer("seconds.officer");
        Household family = data.family("Seconds");
        record(officer, family, 0, null);
        record(officer, family, 1, null);
        assertThat(signals(CoercionSignalKind.HOUSEHOLD_IN_SECONDS, family.id().toString()))
                .as("two of the three adults are not every adult")
                .isEmpty();
        VoluntarinessRecord last = record(officer, family, 3, null);
        List<Signal> raised =
                signals(CoercionSignalKind.HOUSEHOLD_IN_SECONDS, family.id().toString());
        assertThat(raised).singleElement().satisfies(signal -> {
            assertThat(signal.records()).hasSize(3).contains(last.id());
            assertThat(signal.households()).containsExactly(family.id());
        });
    }

    @Test
    void aHouseholdsAdultsRecordedByDifferentOfficersRaiseNoSignal() {
        Household family = data.family("Separately");
        record(data.officer("separately.first"), family, 0, null);
        record(data.officer("separately.second"), family, 1, null);
        record(data.officer("separately.third"), family, 3, null);
        assertThat(signals(CoercionSignalKind.HOUSEHOLD_IN_SECONDS, family.id().toString()))
                .isEmpty();
    }

    @Test
    void theSameWitnessOnTheRecordsOfManyHouseholdsRaisesASignal() {
        String witness = data.unique("Abu Omar the mukhtar");
        for (int i = 0; i < 8; i++) {
            // Different officers, so that no burst is what raises it.
            record(
                    data.officer("witnessed.by" + i),
                    data.single("Witnessed" + letter(i)),
                    0,
                    i % 2 == 0 ? witness : witness.toUpperCase());
        }
        List<Signal> raised = signals(CoercionSignalKind.WITNESS_EVERYWHERE, witness.toLowerCase());
        assertThat(raised)
                .singleElement()
                .satisfies(signal -> assertThat(signal.households()).hasSize(8));
    }

    @Test
    void aWitnessOnAFewHouseholdsRaisesNoSignal() {
        String witness = data.unique("Umm Ali the neighbour");
        for (int i = 0; i < 3; i++) {
            record(data.officer("neighbour.by" + i), data.single("Neighbour" + letter(i)), 0, witness);
        }
        assertThat(signals(CoercionSignalKind.WITNESS_EVERYWHERE, witness.toLowerCase()))
                .isEmpty();
    }

    @Test
    void withdrawingThenSigningAgainWithinDaysRaisesASignal() {
        String officer = data.officer("resign.officer");
        Household single = data.single("Resign");
        UUID person = single.members().get(0).id();
        VoluntarinessRecord first = record(officer, single, 0, null);
        as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.withdraw(single.id(), person, new WithdrawVoluntarinessRequest(null)));
        assertThat(signals(CoercionSignalKind.WITHDRAW_AND_RESIGN, single.id().toString()))
                .isEmpty();
        VoluntarinessRecord second = record(officer, single, 0, null);
        assertThat(signals(CoercionSignalKind.WITHDRAW_AND_RESIGN, single.id().toString()))
                .singleElement()
                .satisfies(signal -> assertThat(signal.records()).containsExactly(first.id(), second.id()));
    }

    @Test
    void signingAgainLongAfterAWithdrawalRaisesNoSignal() {
        String officer = data.officer("later.officer");
        Household single = data.single("Resignlater");
        UUID person = single.members().get(0).id();
        Instant monthAgo = Instant.now().minus(30, ChronoUnit.DAYS);
        // A decision taken and withdrawn a month ago, kept as the history it is.
        jdbc.sql("""
                        INSERT INTO voluntariness_record (id, household_id, individual_id, basis, decision, recorded_by,
                            recorded_at, place_type, place_name, interview_language, read_aloud_by, understood,
                            briefing_status, briefing_language, briefing_text, withdrawn_at, withdrawn_by)
                        VALUES (:id, :household, :person, 'ADULT', 'VOLUNTARY_RETURN', :officer, :recorded, 'FIELD_OFFICE',
                            'Office', 'ar', 'officer', true, 'NO_ASSESSMENT', 'ar', 'text', :withdrawn, :officer)""")
                .param("id", UUID.randomUUID())
                .param("household", single.id())
                .param("person", person)
                .param("officer", officer)
                .param("recorded", Timestamp.from(monthAgo.minus(2, ChronoUnit.DAYS)))
                .param("withdrawn", Timestamp.from(monthAgo))
                .update();
        record(officer, single, 0, null);
        assertThat(signals(CoercionSignalKind.WITHDRAW_AND_RESIGN, single.id().toString()))
                .isEmpty();
    }

    @Test
    void coordinatorsReviewASignalOnceAndTheReviewIsKept() {
        String officer = data.officer("review.officer");
        String coordinator = data.user("review.coordinator", Role.COORDINATOR);
        Household single = data.single("Reviewed");
        record(officer, single, 0, null);
        as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.withdraw(
                        single.id(), single.members().get(0).id(), new WithdrawVoluntarinessRequest(null)));
        record(officer, single, 0, null);
        long id = signals(CoercionSignalKind.WITHDRAW_AND_RESIGN, single.id().toString())
                .get(0)
                .id();

        List<CoercionSignal> waiting = as(coordinator, Role.COORDINATOR, () -> queue.signals(false));
        assertThat(waiting)
                .filteredOn(signal -> signal.id() == id)
                .singleElement()
                .satisfies(signal -> assertThat(signal.householdReferences()).containsExactly(single.reference()));
        CoercionSignal reviewed = as(
                coordinator,
                Role.COORDINATOR,
                () -> queue.review(
                        id, new ProtectionReviewRequest("REFERRED_TO_PROTECTION", "spoke with her alone; referred")));
        assertThat(reviewed.reviewOutcome()).isEqualTo(ProtectionReviewOutcome.REFERRED_TO_PROTECTION);
        assertThat(reviewed.reviewedBy()).isEqualTo(coordinator);
        assertThat(as(coordinator, Role.COORDINATOR, () -> queue.signals(false)))
                .noneMatch(signal -> signal.id() == id);
        assertThat(as(coordinator, Role.COORDINATOR, () -> queue.signals(true)))
                .filteredOn(signal -> signal.id() == id)
                .singleElement()
                .satisfies(signal -> assertThat(signal.reviewNote()).isEqualTo("spoke with her alone; referred"));
        assertThatThrownBy(() -> as(
                        coordinator,
                        Role.COORDINATOR,
                        () -> queue.review(id, new ProtectionReviewRequest("NO_CONCERN", null))))
                .isInstanceOfSatisfying(
                        VoluntarinessException.class,
                        refused -> assertThat(refused.code().name()).isEqualTo("SIGNAL_ALREADY_REVIEWED"));
    }
}
