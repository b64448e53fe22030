package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.movements.VoluntarinessTestData.as;
import static org.homeward.movements.VoluntarinessTestData.form;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.web.ProblemStatuses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Recording each adult's decision on real PostgreSQL: who must decide, what is kept, the refusal at
 * a place of custody, withdrawal with its event and protected reason, signing again as a new
 * record, and re-confirmation on departure day by a different officer.
 */
@HomewardTest
@RecordApplicationEvents
class VoluntarinessIT {

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
    VoluntarinessFigures figures;

    @Autowired
    AuditTrail audit;

    @Autowired
    ApplicationEvents events;

    VoluntarinessTestData data;

    @BeforeEach
    void setUp() {
        data = new VoluntarinessTestData(households, users, jdbc);
    }

    @Test
    void eachAdultAndTheGrandmotherOfUnknownAgeDecideForThemselvesAndTheChildDoesNot() {
        Household family = data.family("Alhasan");
        String officer = data.officer("record.officer");
        VoluntarinessHousehold view = as(officer, Role.REGISTRATION_OFFICER, () -> reader.view(family.id()));
        assertThat(view.members()).extracting(VoluntarinessMember::eligible).containsExactly(true, true, false, true);
        // The area-conditions feature briefs: nobody assessed this area lately, so it is unknown.
        assertThat(view.briefing().status()).isEqualTo("UNKNOWN");
        assertThat(view.briefing().textArabic()).contains("لا يوجد تقييم");

        UUID principal = family.members().get(0).id();
        VoluntarinessRecord kept = as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(
                        family.id(), principal, form(view.briefing().digest(), "Amal the community worker")));
        assertThat(kept.recordedBy()).isEqualTo(officer);
        assertThat(kept.basis()).isEqualTo(VoluntarinessBasis.ADULT);
        assertThat(jdbc.sql("SELECT briefing_text FROM voluntariness_record WHERE id = :id")
                        .param("id", kept.id())
                        .query(String.class)
                        .single())
                .isEqualTo(view.briefing().textArabic());
        assertThat(jdbc.sql(
                                "SELECT place_type || '|' || interview_language || '|' || read_aloud_by || '|' || witness"
                                        + " || '|' || understood || '|' || signed_by_person FROM voluntariness_record WHERE id = :id")
                        .param("id", kept.id())
                        .query(String.class)
                        .single())
                .isEqualTo("FIELD_OFFICE|ar|protection assistant|Amal the community worker|true|true");

        UUID child = family.members().get(2).id();
        assertThatThrownBy(() -> as(
                        officer,
                        Role.REGISTRATION_OFFICER,
                        () -> voluntariness.record(
                                family.id(), child, form(view.briefing().digest(), null))))
                .isInstanceOfSatisfying(
                        VoluntarinessException.class,
                        refused -> assertThat(refused.code().name()).isEqualTo("MEMBER_NOT_ELIGIBLE"));
        assertThatThrownBy(() -> as(
                        officer,
                        Role.REGISTRATION_OFFICER,
                        () -> voluntariness.record(
                                family.id(), principal, form(view.briefing().digest(), null))))
                .isInstanceOfSatisfying(
                        VoluntarinessException.class,
                        refused -> assertThat(refused.code().name()).isEqualTo("ALREADY_RECORDED"));
        assertThat(audit.query(officer, "household", family.id().toString(), null, null, 20))
                .extracting(AuditRecord::action)
                .contains("READ_VOLUNTARINESS", "RECORD_VOLUNTARINESS");
    }

    @Test
    void aFormCannotBeRecordedAtAPlaceOfDetentionOrCustodyAndNothingIsKept() {
        Household single = data.single("Custodytest");
        String officer = data.officer("custody.officer");
        String digest = as(officer, Role.REGISTRATION_OFFICER, () -> reader.view(single.id()))
                .briefing()
                .digest();
        UUID person = single.members().get(0).id();
        for (String place : List.of("DETENTION", "CUSTODY", "POLICE_STATION", "IMMIGRATION_REMOVAL_CENTRE")) {
            assertThatThrownBy(() -> as(
                            officer,
                            Role.REGISTRATION_OFFICER,
                            () -> voluntariness.record(
                                    single.id(), person, VoluntarinessTestData.atPlace(digest, place))))
                    .isInstanceOfSatisfying(VoluntarinessException.class, refused -> {
                        assertThat(ProblemStatuses.of(refused)).isEqualTo(400);
                        assertThat(refused.code().name()).isEqualTo("PLACE_IN_CUSTODY");
                        assertThat(refused.getMessage()).contains("custody");
                        assertThat(refused.fieldProblems())
                                .extracting(f -> f.field())
                                .containsExactly("placeType");
                    });
        }
        assertThat(jdbc.sql("SELECT count(*) FROM voluntariness_record WHERE individual_id = :id")
                        .param("id", person)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aFormWithoutUnderstandingOrWithAStaleBriefingIsRefusedFieldByField() {
        Household single = data.single("Fieldtest");
        String officer = data.officer("field.officer");
        UUID person = single.members().get(0).id();
        RecordVoluntarinessRequest empty = new RecordVoluntarinessRequest(
                "FIELD_OFFICE",
                " ",
                "arabic!",
                null,
                null,
                null,
                false,
                "DEPORTATION",
                "fr",
                "not-a-digest",
                null,
                null,
                null,
                null);
        assertThatThrownBy(() ->
                        as(officer, Role.REGISTRATION_OFFICER, () -> voluntariness.record(single.id(), person, empty)))
                .isInstanceOfSatisfying(
                        VoluntarinessException.class,
                        refused -> assertThat(refused.fieldProblems())
                                .extracting(f -> f.field() + ":" + f.code())
                                .containsExactly(
                                        "placeName:FIELD_REQUIRED",
                                        "interviewLanguage:LANGUAGE_INVALID",
                                        "readAloudBy:FIELD_REQUIRED",
                                        "understood:UNDERSTANDING_NOT_CONFIRMED",
                                        "decision:DECISION_INVALID",
                                        "briefingLanguage:BRIEFING_LANGUAGE_INVALID",
                                        "briefingDigest:BRIEFING_NOT_SHOWN"));
        assertThatThrownBy(() -> as(
                        officer,
                        Role.REGISTRATION_OFFICER,
                        () -> voluntariness.record(single.id(), person, form("0".repeat(64), null))))
                .isInstanceOfSatisfying(
                        VoluntarinessException.class,
                        refused -> assertThat(refused.code().name()).isEqualTo("BRIEFING_CHANGED"));
    }

    @Test
    void anUnaccompaniedChildRecordsWithABestInterestsAssessment() {
        Household child = data.unaccompaniedChild("Alonehere");
        String officer = data.officer("child.officer");
        UUID girl = child.members().get(0).id();
        String digest = as(officer, Role.REGISTRATION_OFFICER, () -> reader.view(child.id()))
                .briefing()
                .digest();
        assertThatThrownBy(() -> as(
                        officer,
                        Role.REGISTRATION_OFFICER,
                        () -> voluntariness.record(child.id(), girl, form(digest, null))))
                .isInstanceOfSatisfying(
                        VoluntarinessException.class,
                        refused -> assertThat(refused.fieldProblems())
                                .extracting(f -> f.field())
                                .containsExactly(
                                        "bestInterestsBy",
                                        "bestInterestsReference",
                                        "bestInterestsOn",
                                        "bestInterestsOutcome"));
        VoluntarinessRecord kept = as(
                officer,
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
                                LocalDate.now().minusDays(3).toString(),
                                "RETURN_IN_BEST_INTERESTS",
                                "BIA-2026-114")));
        assertThat(kept.basis()).isEqualTo(VoluntarinessBasis.UNACCOMPANIED_CHILD);
        assertThat(kept.bestInterestsReference()).isEqualTo("BIA-2026-114");
    }

    @Test
    void withdrawalPublishesItsEventKeepsTheReasonForProtectionOnlyAndSigningAgainIsANewRecord() {
        Household single = data.single("Withdrawtest");
        String officer = data.officer("withdraw.officer");
        String coordinator = data.user("withdraw.coordinator", Role.COORDINATOR);
        UUID person = single.members().get(0).id();
        String digest = as(officer, Role.REGISTRATION_OFFICER, () -> reader.view(single.id()))
                .briefing()
                .digest();
        VoluntarinessRecord first = as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(single.id(), person, form(digest, null)));
        long withdrawnBefore = figures.totals().withdrawn();

        VoluntarinessRecord withdrawn = as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.withdraw(
                        single.id(), person, new WithdrawVoluntarinessRequest("my brother was told to make me sign")));
        assertThat(withdrawn.current()).isFalse();
        assertThat(withdrawn.withdrawalReason())
                .as("an officer does not read protection data")
                .isNull();
        assertThat(events.stream(VoluntarinessWithdrawn.class)
                        .filter(event -> event.individualId().equals(person))
                        .toList())
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.householdId()).isEqualTo(single.id());
                    assertThat(event.recordedBy()).isEqualTo(officer);
                });
        assertThat(figures.totals().withdrawn()).isEqualTo(withdrawnBefore + 1);
        assertThat(audit.query(officer, "household", single.id().toString(), null, null, 20))
                .filteredOn(entry -> entry.action().equals("WITHDRAW_VOLUNTARINESS"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.reason()).isNull());
        assertThat(as(officer, Role.REGISTRATION_OFFICER, () -> reader.view(single.id()))
                        .records())
                .extracting(VoluntarinessRecord::withdrawalReason)
                .containsOnlyNulls();
        assertThat(as(coordinator, Role.COORDINATOR, () -> reader.view(single.id()))
                        .records())
                .extracting(VoluntarinessRecord::withdrawalReason)
                .containsExactly("my brother was told to make me sign");
        assertThatThrownBy(() -> as(
                        officer,
                        Role.REGISTRATION_OFFICER,
                        () -> voluntariness.withdraw(single.id(), person, new WithdrawVoluntarinessRequest(null))))
                .isInstanceOfSatisfying(
                        VoluntarinessException.class,
                        refused -> assertThat(refused.code().name()).isEqualTo("NOT_RECORDED"));

        VoluntarinessRecord again = as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(single.id(), person, form(digest, null)));
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(figures.currentByHousehold(List.of(single.id()))).containsEntry(single.id(), 1);
        assertThat(jdbc.sql("SELECT count(*) FROM voluntariness_record WHERE individual_id = :id")
                        .param("id", person)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aKeptRecordCannotBeChangedOrDeletedInTheDatabase() {
        Household single = data.single("Immutable");
        String officer = data.officer("immutable.officer");
        UUID person = single.members().get(0).id();
        String digest = as(officer, Role.REGISTRATION_OFFICER, () -> reader.view(single.id()))
                .briefing()
                .digest();
        VoluntarinessRecord kept = as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(single.id(), person, form(digest, null)));
        assertThatThrownBy(() -> jdbc.sql("UPDATE voluntariness_record SET place_type = 'COMMUNITY' WHERE id = :id")
                        .param("id", kept.id())
                        .update())
                .hasMessageContaining("may only be withdrawn");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM voluntariness_record WHERE id = :id")
                        .param("id", kept.id())
                        .update())
                .hasMessageContaining("may only be withdrawn");
    }

    @Test
    void aDifferentOfficerReconfirmsOnTheDepartureDayOnly() {
        Household single = data.single("Reconfirm");
        String recorder = data.officer("reconfirm.recorder");
        String other = data.officer("reconfirm.other");
        UUID person = single.members().get(0).id();
        String digest = as(recorder, Role.REGISTRATION_OFFICER, () -> reader.view(single.id()))
                .briefing()
                .digest();
        LocalDate today = VoluntarinessTestData.today();
        UUID todays = data.movement(single, today);
        ReconfirmVoluntarinessRequest forToday = new ReconfirmVoluntarinessRequest(todays.toString());

        assertThatThrownBy(() -> as(
                        other,
                        Role.REGISTRATION_OFFICER,
                        () -> reconfirmations.reconfirm(single.id(), person, forToday)))
                .isInstanceOfSatisfying(
                        VoluntarinessException.class,
                        refused -> assertThat(refused.code().name()).isEqualTo("NOT_RECORDED"));
        as(recorder, Role.REGISTRATION_OFFICER, () -> voluntariness.record(single.id(), person, form(digest, null)));
        assertThatThrownBy(() -> as(
                        recorder,
                        Role.REGISTRATION_OFFICER,
                        () -> reconfirmations.reconfirm(single.id(), person, forToday)))
                .isInstanceOfSatisfying(VoluntarinessException.class, refused -> {
                    assertThat(refused.code().name()).isEqualTo("SAME_OFFICER");
                    assertThat(refused.getMessage()).contains("another officer");
                });
        VoluntarinessReconfirmation done =
                as(other, Role.REGISTRATION_OFFICER, () -> reconfirmations.reconfirm(single.id(), person, forToday));
        assertThat(done.reconfirmedBy()).isEqualTo(other);
        assertThat(done.reconfirmedOn()).isEqualTo(today);

        Household later = data.single("Reconfirmlater");
        String laterDigest = as(recorder, Role.REGISTRATION_OFFICER, () -> reader.view(later.id()))
                .briefing()
                .digest();
        UUID laterPerson = later.members().get(0).id();
        as(
                recorder,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(later.id(), laterPerson, form(laterDigest, null)));
        UUID tomorrows = data.movement(later, today.plusDays(1));
        assertThatThrownBy(() -> as(
                        other,
                        Role.REGISTRATION_OFFICER,
                        () -> reconfirmations.reconfirm(
                                later.id(), laterPerson, new ReconfirmVoluntarinessRequest(tomorrows.toString()))))
                .isInstanceOfSatisfying(VoluntarinessException.class, refused -> {
                    assertThat(refused.code().name()).isEqualTo("NOT_DEPARTURE_DAY");
                    assertThat(refused.getMessage()).contains(today.plusDays(1).toString());
                });
    }
}
