package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Scheduling a plan's week through the API: the preview writes nothing, scheduling writes whole households
 * into the vehicles the preview showed, through the manifest's own rules, and says why the rest were left.
 * Each test registers its households at a site of its own and signs in a coordinator scoped to it, so the
 * other tests' households in the shared database are not theirs to schedule.
 */
@HomewardTest
class PlanScheduleIT {

    /** The first Monday of a month two months ahead, so that the week lies in one month. */
    private static final LocalDate WEEK = firstMondayOfAMonthAhead();

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    String site;
    String coordinatorName;
    ApiClient coordinator;

    @BeforeEach
    void signIn() {
        site = MovementTestData.unique("Scheduling site");
        coordinatorName = MovementTestData.user(users, Role.COORDINATOR, "site:" + site);
        coordinator = new ApiClient(port, coordinatorName, MovementTestData.PASSWORD);
    }

    @Test
    void thePreviewWritesNothingAndSchedulingWritesWholeHouseholdsWhereThePreviewPutThem() {
        Household first = ready(5, Set.of(), 40);
        Household withWheelchair = ready(4, Set.of(3), 30);
        Household third = ready(3, Set.of(), 20);
        Household undecided = intending(3, Set.of(), 35);
        recordVoluntariness(undecided, 1);
        Household tooLarge = ready(12, Set.of(), 50);
        String plan = plan(100);
        Map<String, Object> week = week(
                departure(WEEK.plusDays(1), vehicle("Bus A", 10, 1), vehicle("Bus B", 10, 0), vehicle("Bus C", 10, 0)));

        Answer preview = coordinator.post("/api/v1/plans/" + plan + "/schedule/preview", week);

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode proposed = preview.json();
        assertThat(proposed.get("written").asBoolean()).isFalse();
        assertThat(proposed.get("persons").asLong()).isEqualTo(12);
        JsonNode departure = proposed.get("departures").get(0);
        assertThat(departure.get("movementId").isNull()).isTrue();
        assertThat(loads(departure))
                .containsExactly(
                        Map.entry("Bus A", List.of(first.reference(), withWheelchair.reference())),
                        Map.entry("Bus B", List.of(third.reference())));
        assertThat(departure.get("vehicles").get(0).get("accessibleSeatsTaken").asInt())
                .isEqualTo(1);
        assertThat(texts(departure.get("unusedVehicles"))).containsExactly("Bus C");
        assertThat(leftOver(proposed.get("leftOver"))).containsEntry(tooLarge.reference(), "LARGER_THAN_ANY_VEHICLE");
        assertThat(leftOver(proposed.get("notReady"))).containsEntry(undecided.reference(), "VOLUNTARINESS_MISSING");
        assertThat(coordinator.get("/api/v1/plans/" + plan + "/movements").json())
                .isEmpty();

        Answer written = coordinator.post("/api/v1/plans/" + plan + "/schedule", week);

        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(loads(written.json().get("departures").get(0))).isEqualTo(loads(departure));
        String movementId =
                written.json().get("departures").get(0).get("movementId").asString();
        JsonNode movement = coordinator.get("/api/v1/movements/" + movementId).json();
        assertThat(movement.get("status").asString()).isEqualTo("PLANNED");
        assertThat(texts(movement.get("vehicles"), "label")).containsExactly("Bus A", "Bus B");
        Map<UUID, Set<String>> vehiclesByHousehold = new java.util.HashMap<>();
        jdbc.sql("SELECT household_id, vehicle_label, accessible_seat, needs_accessible_seat FROM manifest_person "
                        + "WHERE movement_id = :movement AND travels")
                .param("movement", UUID.fromString(movementId))
                .query(rs -> {
                    vehiclesByHousehold
                            .computeIfAbsent(rs.getObject("household_id", UUID.class), id -> new java.util.HashSet<>())
                            .add(rs.getString("vehicle_label"));
                    assertThat(rs.getBoolean("accessible_seat")).isEqualTo(rs.getBoolean("needs_accessible_seat"));
                });
        assertThat(vehiclesByHousehold)
                .containsOnly(
                        Map.entry(first.id(), Set.of("Bus A")),
                        Map.entry(withWheelchair.id(), Set.of("Bus A")),
                        Map.entry(third.id(), Set.of("Bus B")));
        assertThat(audit.query(coordinatorName, "return_plan", plan, null, null, 10))
                .extracting(AuditRecord::action)
                .contains("PREVIEW_PLAN_SCHEDULE", "SCHEDULE_PLAN_WEEK");

        Answer again = coordinator.post("/api/v1/plans/" + plan + "/schedule", week);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("households").asInt())
                .as("those scheduled are on a movement already")
                .isZero();
        assertThat(coordinator.get("/api/v1/plans/" + plan + "/movements").json())
                .hasSize(1);
    }

    @Test
    void aWeekTakesOnlyItsShareOfTheMonthsTargetAndSaysWhoWaits() {
        List<Household> singles = new ArrayList<>();
        for (int index = 0; index < 4; index++) {
            singles.add(ready(1, Set.of(), 40 - index));
        }
        // the week is 7 of the month's 30 or 31 days: ceil(10 * 7 / 31) = 3 (or ceil(70 / 30) = 3)
        String plan = plan(10);

        JsonNode proposed = coordinator
                .post("/api/v1/plans/" + plan + "/schedule/preview", week(departure(WEEK, vehicle("Bus", 40, 0))))
                .json();

        assertThat(proposed.get("persons").asLong()).isEqualTo(3);
        assertThat(loads(proposed.get("departures").get(0)).get("Bus"))
                .containsExactly(
                        singles.get(0).reference(),
                        singles.get(1).reference(),
                        singles.get(2).reference());
        assertThat(leftOver(proposed.get("leftOver")))
                .containsExactly(Map.entry(singles.get(3).reference(), "TARGET_REACHED"));
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        ready(2, Set.of(), 10);
        String plan = plan(100);
        Map<String, Object> bad = Map.of(
                "weekStartsOn",
                WEEK.toString(),
                "departures",
                List.of(
                        departure(WEEK.plusDays(9), vehicle("Bus", 40, 0)),
                        Map.of(
                                "departurePoint",
                                "Cairo",
                                "asylumCountry",
                                "EGY",
                                "crossingCode",
                                "NOWHERE",
                                "departsOn",
                                WEEK.toString(),
                                "destinationKind",
                                "HOME",
                                "vehicles",
                                List.of(vehicle("Bus", 0, 0)))));

        Answer answer = coordinator.post("/api/v1/plans/" + plan + "/schedule", bad);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body())
                .contains("departures[0].departsOn", "departures[1].crossingCode", "departures[1].vehicles[0].seats");
        assertThat(coordinator
                        .post(
                                "/api/v1/plans/" + plan + "/schedule",
                                Map.of("weekStartsOn", "next week", "departures", List.of()))
                        .body())
                .contains("weekStartsOn", "departures");
        assertThat(coordinator.get("/api/v1/plans/" + plan + "/movements").json())
                .isEmpty();
    }

    @Test
    void onlyCoordinatorsSchedule() {
        String plan = plan(100);
        Map<String, Object> week = week(departure(WEEK, vehicle("Bus", 40, 0)));
        for (Role role : List.of(Role.REGISTRATION_OFFICER, Role.RECEPTION_MANAGER, Role.ANALYST)) {
            ApiClient other = MovementTestData.client(port, users, role, "site:" + site);
            assertThat(other.post("/api/v1/plans/" + plan + "/schedule/preview", week)
                            .status())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(other.post("/api/v1/plans/" + plan + "/schedule", week).status())
                    .as(role.name())
                    .isEqualTo(403);
        }
        assertThat(coordinator.get("/api/v1/plans/" + plan + "/movements").json())
                .isEmpty();
    }

    private String plan(int persons) {
        Answer created = coordinator.post(
                "/api/v1/plans",
                Map.of(
                        "name",
                        MovementTestData.unique("Scheduled returns"),
                        "startsOn",
                        WEEK.withDayOfMonth(1).toString(),
                        "endsOn",
                        WEEK.plusMonths(2).toString(),
                        "targets",
                        List.of(Map.of(
                                "asylumCountry",
                                "EGY",
                                "month",
                                WEEK.toString().substring(0, 7),
                                "crossingCode",
                                "",
                                "persons",
                                persons))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A household intending to return and whose every adult has decided to. */
    private Household ready(int persons, Set<Integer> withDisability, int daysAgo) {
        Household household = intending(persons, withDisability, daysAgo);
        recordVoluntariness(household, household.members().size());
        return household;
    }

    private Household intending(int persons, Set<Integer> withDisability, int daysAgo) {
        List<IndividualDetails> members = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            members.add(new IndividualDetails(
                    i == 0 ? "PRINCIPAL" : i == 1 ? "SPOUSE" : "SON",
                    "سامر",
                    "Samer",
                    "علي",
                    "Ali",
                    null,
                    null,
                    "الجدول",
                    "Aljadwal",
                    i % 2 == 0 ? "M" : "F",
                    String.valueOf(1960 + i),
                    null,
                    null,
                    null,
                    null,
                    withDisability.contains(i) ? List.of("DS") : List.of()));
        }
        Household household = households.register(
                new RegisterHouseholdRequest(
                        site, new JourneyDetails("REFUGEE", "EGY", null, null, "SY020000", null), members),
                "schedule.test");
        jdbc.sql("""
                        INSERT INTO return_intention (household_id, intention, go_and_see_first, stated_on, source,
                            asylum_country, persons, recorded_by, recorded_at)
                        VALUES (:household, 'WITHIN_3_MONTHS', false, :stated, 'FORM', 'EGY', :persons, 'schedule.test', now())""")
                .param("household", household.id())
                .param("stated", Date.valueOf(WEEK.minusDays(daysAgo)))
                .param("persons", persons)
                .update();
        return household;
    }

    /** Records the decision of the first {@code count} members (all adults here). */
    private void recordVoluntariness(Household household, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                            INSERT INTO voluntariness_record (id, household_id, individual_id, basis, decision, recorded_by,
                                recorded_at, place_type, place_name, interview_language, read_aloud_by, understood,
                                briefing_status, briefing_language, briefing_text)
                            VALUES (:id, :household, :person, 'ADULT', 'VOLUNTARY_RETURN', 'schedule.officer', :at,
                                'FIELD_OFFICE', 'Office', 'ar', 'officer', true, 'NO_ASSESSMENT', 'ar', 'text')""")
                    .param("id", UUID.randomUUID())
                    .param("household", household.id())
                    .param("person", household.members().get(i).id())
                    .param("at", Timestamp.from(Instant.now()))
                    .update();
        }
    }

    private static Map<String, Object> week(Map<String, Object>... departures) {
        return Map.of("weekStartsOn", WEEK.toString(), "departures", List.of(departures));
    }

    private static Map<String, Object> departure(LocalDate day, Map<String, Object>... vehicles) {
        return Map.of(
                "departurePoint",
                "Cairo, Ramses square",
                "asylumCountry",
                "EGY",
                "crossingCode",
                "DAMASCUS_AIRPORT",
                "departsOn",
                day.toString(),
                "destinationKind",
                "HOME",
                "vehicles",
                List.of(vehicles));
    }

    private static Map<String, Object> vehicle(String label, int seats, int accessible) {
        return Map.of("label", label, "seats", seats, "accessibleSeats", accessible);
    }

    private static Map<String, List<String>> loads(JsonNode departure) {
        Map<String, List<String>> loads = new java.util.LinkedHashMap<>();
        departure
                .get("vehicles")
                .forEach(vehicle -> loads.put(vehicle.get("label").asString(), texts(vehicle.get("households"))));
        return loads;
    }

    private static Map<String, String> leftOver(JsonNode list) {
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        list.forEach(row ->
                reasons.put(row.get("reference").asString(), row.get("reason").asString()));
        return reasons;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asString()));
        return texts;
    }

    private static LocalDate firstMondayOfAMonthAhead() {
        LocalDate first = LocalDate.now().plusMonths(2).withDayOfMonth(1);
        return first.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
    }
}
