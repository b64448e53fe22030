package org.homeward.movements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.BirthDate;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.Individual;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Households, officers, movements and forms for the voluntariness tests, registered through the
 * registry's and access's own services; movements are written straight into the movements tables
 * because the movement service is built elsewhere.
 */
final class VoluntarinessTestData {

    static final ZoneId SYRIA = ZoneId.of("Asia/Damascus");
    private final HouseholdCommands households;
    private final UserService users;
    private final JdbcClient jdbc;
    private final String run = Long.toString(System.nanoTime() % 10_000_000, 36);

    VoluntarinessTestData(HouseholdCommands households, UserService users, JdbcClient jdbc) {
        this.households = households;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A name unique to this run of the tests. */
    String unique(String name) {
        return name + "." + run;
    }

    /** Creates (once) a registration officer working in SY01 and returns their name. */
    String officer(String name) {
        return user(name, Role.REGISTRATION_OFFICER);
    }

    String user(String name, Role role) {
        String username = unique(name);
        TestUsers.ensure(
                users,
                username,
                role,
                "voluntariness password 1",
                null,
                role == Role.ADMIN ? List.of() : List.of(ScopeGrant.parse("area:SY01")));
        return username;
    }

    /** Runs the work signed in as the user with the role. */
    static <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A family heading to SY010000: two adults (principal, spouse), a child of 10, and a grandmother of unknown age. */
    Household family(String familyName) {
        int year = today().getYear();
        return register(List.of(
                member("PRINCIPAL", "خالد", "Khalid", familyName, "M", Integer.toString(year - 45), List.of()),
                member("SPOUSE", "مريم", "Maryam", familyName, "F", Integer.toString(year - 40), List.of()),
                member("DAUGHTER", "ريم", "Reem", familyName, "F", (year - 10) + "-03-02", List.of()),
                member("MOTHER", "زينب", "Zainab", familyName, "F", "", List.of())));
    }

    /** An adult alone. */
    Household single(String familyName) {
        return register(List.of(member(
                "PRINCIPAL", "سامي", "Sami", familyName, "M", Integer.toString(today().getYear() - 30), List.of())));
    }

    /** An unaccompanied girl of 15 registered as her own case. */
    Household unaccompaniedChild(String familyName) {
        return register(List.of(member(
                "PRINCIPAL", "هبة", "Hiba", familyName, "F", (today().getYear() - 15) + "-06-01", List.of("UC"))));
    }

    private Household register(List<IndividualDetails> members) {
        return households.register(
                new RegisterHouseholdRequest(
                        "Voluntariness test site",
                        new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY010000", null),
                        members),
                "tests");
    }

    private static IndividualDetails member(
            String relationship,
            String givenAr,
            String givenLatin,
            String familyName,
            String sex,
            String birthDate,
            List<String> needs) {
        return new IndividualDetails(
                relationship,
                givenAr,
                givenLatin,
                null,
                null,
                null,
                null,
                "آل " + givenAr,
                familyName,
                sex,
                birthDate,
                null,
                null,
                null,
                null,
                needs);
    }

    static LocalDate today() {
        return LocalDate.now(Clock.systemUTC().withZone(SYRIA));
    }

    /** A well-filled form for an adult, with the briefing digest the household page gives. */
    static RecordVoluntarinessRequest form(String digest, String witness) {
        return new RecordVoluntarinessRequest(
                "FIELD_OFFICE",
                "Tripoli field office",
                "ar",
                "protection assistant",
                null,
                witness,
                true,
                "VOLUNTARY_RETURN",
                "ar",
                digest,
                null,
                null,
                null,
                null);
    }

    static RecordVoluntarinessRequest atPlace(String digest, String placeType) {
        return new RecordVoluntarinessRequest(
                placeType,
                "Somewhere",
                "ar",
                "officer",
                null,
                null,
                true,
                "VOLUNTARY_RETURN",
                "ar",
                digest,
                null,
                null,
                null,
                null);
    }

    /** A planned organised return leaving on the given day, with the whole household travelling on it. */
    UUID movement(Household household, LocalDate departsOn) {
        UUID movement = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO movement (id, kind, departs_on, departure_point, crossing_code, destination_kind,
                            created_by, created_at)
                        VALUES (:id, 'ORGANISED_RETURN', :day, 'Tripoli', 'MASNAA', 'HOME', 'tests', now())""").param("id", movement).param("day", departsOn).update();
        jdbc.sql("""
                        INSERT INTO manifest_household (movement_id, household_id, destination_pcode, added_at, added_by)
                        VALUES (:movement, :household, 'SY010000', now(), 'tests')""")
                .param("movement", movement)
                .param("household", household.id())
                .update();
        for (Individual member : household.members()) {
            jdbc.sql("""
                            INSERT INTO manifest_person (movement_id, household_id, individual_id)
                            VALUES (:movement, :household, :individual)""")
                    .param("movement", movement)
                    .param("household", household.id())
                    .param("individual", member.id())
                    .update();
        }
        return movement;
    }

    /** The household as the departure checks see it on a day, everyone travelling. */
    static DepartureCandidate candidate(UUID movement, LocalDate departsOn, LocalDate judgedOn, Household household) {
        List<Traveller> travellers = new ArrayList<>();
        for (Individual member : household.members()) {
            boolean adult = adultOn(member.birthDate(), departsOn);
            boolean alone = !adult
                    && member.specificNeeds().stream()
                            .anyMatch(need ->
                                    need.code().equals("UC") || need.code().equals("SC"));
            travellers.add(new Traveller(
                    member.id(), member.relationship().name(), java.util.Optional.empty(), adult, alone, true));
        }
        return new DepartureCandidate(
                movement, MovementKind.ORGANISED_RETURN, departsOn, judgedOn, household.id(), "SY010000", travellers);
    }

    private static boolean adultOn(BirthDate birthDate, LocalDate day) {
        return birthDate.date() == null || !birthDate.date().plusYears(18).isAfter(day);
    }
}
