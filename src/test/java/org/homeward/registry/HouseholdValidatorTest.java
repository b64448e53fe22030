package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.places.PlaceLookup;
import org.junit.jupiter.api.Test;

class HouseholdValidatorTest {

    /** Knows a handful of places, as the reference data would. */
    static final PlaceLookup PLACES = new PlaceLookup() {
        @Override
        public boolean isKnownArea(String pcode) {
            return Set.of("SY01", "SY0100", "SY020000", "SY070000").contains(pcode);
        }

        @Override
        public boolean isKnownCountry(String iso3) {
            return Set.of("LBN", "TUR", "JOR", "SYR").contains(iso3);
        }

        @Override
        public boolean isKnownCrossing(String code) {
            return Set.of("MASNAA", "NASIB").contains(code);
        }

        @Override
        public Optional<String> displayName(String code, String language) {
            return Optional.empty();
        }
    };

    private final HouseholdValidator validator =
            new HouseholdValidator(PLACES, Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));

    private static IndividualDetails person(String relationship, String givenAr, String sex, String birthDate) {
        return new IndividualDetails(
                relationship,
                givenAr,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                sex,
                birthDate,
                null,
                null,
                null,
                null,
                List.of());
    }

    private static RegisterHouseholdRequest refugees(IndividualDetails... members) {
        return new RegisterHouseholdRequest(
                "Masnaa",
                new JourneyDetails("refugee", "lbn", null, "masnaa", "SY020000", "2026-12-01"),
                List.of(members));
    }

    private List<String> codes(RegisterHouseholdRequest request) {
        return validator.problemsOf(request).stream()
                .map(problem -> problem.code().name())
                .toList();
    }

    @Test
    void acceptsAWellFormedHouseholdAndNormalisesCodes() {
        ValidatedHousehold household = validator.validate(
                refugees(person("principal", "محمد", "M", "1980"), person("daughter", "سارة", "f", "2015-04-02")));
        assertThat(household.journey().originCountry()).isEqualTo("LBN");
        assertThat(household.journey().crossingPoint()).isEqualTo("MASNAA");
        assertThat(household.journey().status()).isEqualTo(JourneyStatus.REGISTERED);
        assertThat(household.members()).extracting(Individual::principal).containsExactly(true, false);
    }

    @Test
    void reportsEveryProblemAtOnceWithItsField() {
        List<ValidationProblem> problems = validator.problemsOf(new RegisterHouseholdRequest(
                null,
                new JourneyDetails("REFUGEE", null, null, "NOWHERE", "SY9999", "next week"),
                List.of(person("SON", null, "X", "2030"))));
        assertThat(problems)
                .extracting(ValidationProblem::field, problem -> problem.code().name())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("journey.originCountry", "ORIGIN_COUNTRY_MISSING"),
                        org.assertj.core.groups.Tuple.tuple("journey.crossingPoint", "CROSSING_POINT_UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple("journey.destinationPcode", "DESTINATION_UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple("journey.plannedDate", "PLANNED_DATE_INVALID"),
                        org.assertj.core.groups.Tuple.tuple("members[0].givenName", "GIVEN_NAME_MISSING"),
                        org.assertj.core.groups.Tuple.tuple("members[0].sex", "SEX_INVALID"),
                        org.assertj.core.groups.Tuple.tuple("members[0].birthDate", "BIRTH_DATE_IN_FUTURE"),
                        org.assertj.core.groups.Tuple.tuple("members", "HOUSEHOLD_PRINCIPAL_MISSING"));
    }

    @Test
    void judgesABirthDateInTheFutureByTheDayInSyriaNotInUtc() {
        // 22:30 UTC on 29 November is already 30 November in Damascus (UTC+3).
        HouseholdValidator lateEvening = new HouseholdValidator(
                PLACES, Clock.fixed(Instant.parse("2026-11-29T22:30:00Z"), java.time.ZoneId.of("Asia/Damascus")));
        RegisterHouseholdRequest bornToday =
                refugees(person("principal", "محمد", "M", "1980"), person("daughter", "سارة", "F", "2026-11-30"));
        RegisterHouseholdRequest bornTomorrow =
                refugees(person("principal", "محمد", "M", "1980"), person("daughter", "سارة", "F", "2026-12-01"));

        assertThat(lateEvening.problemsOf(bornToday))
                .extracting(problem -> problem.code().name())
                .doesNotContain("BIRTH_DATE_IN_FUTURE");
        assertThat(lateEvening.problemsOf(bornTomorrow))
                .extracting(problem -> problem.code().name())
                .contains("BIRTH_DATE_IN_FUTURE");
    }

    @Test
    void needsExactlyOnePrincipal() {
        assertThat(codes(refugees(person("PRINCIPAL", "محمد", "M", ""), person("PRINCIPAL", "علي", "M", ""))))
                .contains("HOUSEHOLD_PRINCIPAL_DUPLICATED");
        assertThat(codes(refugees())).containsExactly("HOUSEHOLD_EMPTY");
    }

    @Test
    void anIdpReturneeNeedsAKnownDisplacementLocationAndARefugeeACountryOfAsylumOtherThanSyria() {
        RegisterHouseholdRequest idp = new RegisterHouseholdRequest(
                null,
                new JourneyDetails("IDP", null, null, null, "SY020000", null),
                List.of(person("PRINCIPAL", "محمد", "M", "")));
        assertThat(codes(idp)).containsExactly("ORIGIN_LOCATION_MISSING");
        RegisterHouseholdRequest fromSyria = new RegisterHouseholdRequest(
                null,
                new JourneyDetails("REFUGEE", "SYR", null, null, "SY020000", null),
                List.of(person("PRINCIPAL", "محمد", "M", "")));
        assertThat(codes(fromSyria)).containsExactly("ORIGIN_COUNTRY_UNKNOWN");
    }

    @Test
    void namesMustBeWrittenInTheScriptOfTheirField() {
        IndividualDetails mixed = new IndividualDetails(
                "PRINCIPAL",
                "Mohammad",
                "محمد",
                null,
                null,
                null,
                null,
                "الحموي",
                "Al-Hamwi",
                "M",
                "",
                null,
                null,
                null,
                null,
                List.of());
        assertThat(codes(refugees(mixed)))
                .containsExactly("NAME_INVALID_CHARACTERS", "NAME_INVALID_CHARACTERS", "GIVEN_NAME_MISSING");
        IndividualDetails apostrophe = new IndividualDetails(
                "PRINCIPAL",
                null,
                "Lu'ay",
                null,
                null,
                null,
                null,
                null,
                "Al-Ḥamwi",
                "M",
                "",
                null,
                null,
                null,
                null,
                List.of());
        assertThat(codes(refugees(apostrophe))).isEmpty();
    }

    @Test
    void aDocumentNumberNeedsItsTypeAndSpecificNeedsMustBeKnownCodes() {
        IndividualDetails person = new IndividualDetails(
                "PRINCIPAL",
                "محمد",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "M",
                "",
                "0944123456",
                null,
                "AB 123/45",
                null,
                List.of("DS", "ZZ"));
        assertThat(codes(refugees(person))).containsExactly("DOCUMENT_TYPE_MISSING", "SPECIFIC_NEED_UNKNOWN");
    }
}
