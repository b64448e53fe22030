package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Places booked for a household on its way (an accepted allocation) are held until it arrives:
 * nobody else takes them, nobody is counted as sheltered in them, and arriving, coming elsewhere
 * or not coming at all each leave the centre's places right.
 */
@HomewardTest
class BookingIT {

    private static final LocalDate TODAY_IN_DAMASCUS = LocalDate.now(ZoneId.of("Asia/Damascus"));

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    JourneyCommands journeyCommands;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @Autowired
    BookingCommands bookingCommands;

    @Autowired
    ReceptionFigures figures;

    @LocalServerPort
    int port;

    ApiClient manager;

    @BeforeEach
    void signIn() {
        manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
    }

    @Test
    void aBookingHoldsItsPlacesUntilTheHouseholdArrivesAndOnlyThenShelters() {
        String centre = centre(8, 2, 0);
        Household booked = ReceptionTestData.household(households, "SY020000", null, 5, Set.of());
        Household walkIn = ReceptionTestData.household(households, "SY020000", null, 4, Set.of());
        long shelteredBefore = figures.occupancy(TODAY_IN_DAMASCUS, "SY02").orElseThrow();

        Stay booking = bookingCommands.book(
                new BookPlaces(centre, booked.id(), TODAY_IN_DAMASCUS.plusDays(3), "Allocation accepted"), "planner");
        assertThat(booking.booking()).isTrue();
        assertThat(booking.expectedBy()).isEqualTo(TODAY_IN_DAMASCUS.plusDays(3));
        JsonNode occupied = manager.get("/api/v1/centres/" + centre).json().get("occupied");
        assertThat(occupied.get("persons").asInt()).as("the places are held").isEqualTo(5);
        assertThat(manager.get("/api/v1/centres/" + centre + "/stays")
                        .json()
                        .get("total")
                        .asInt())
                .as("nobody has arrived")
                .isZero();
        JsonNode listed = manager.get("/api/v1/centres/" + centre + "/bookings").json();
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("reference").asString()).isEqualTo(booked.reference());
        assertThat(figures.occupancy(TODAY_IN_DAMASCUS, "SY02").orElseThrow())
                .as("a booking shelters nobody")
                .isEqualTo(shelteredBefore);
        assertThat(householdQueries.find(booked.id()).journey().status()).isEqualTo(JourneyStatus.REGISTERED);

        Answer refused = checkIn(centre, walkIn.reference());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("CENTRE_FULL");

        Answer arrived = manager.post(
                "/api/v1/centres/" + centre + "/stays",
                Map.of(
                        "household",
                        booked.reference(),
                        "memberIds",
                        List.of(member(booked, 0), member(booked, 1), member(booked, 2)),
                        "reason",
                        "Two come with the next bus"));
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(201);
        assertThat(arrived.json().get("id").asString())
                .as("the booking becomes the stay")
                .isEqualTo(booking.id().toString());
        assertThat(arrived.json().get("booking").asBoolean()).isFalse();
        assertThat(arrived.json().get("persons").asInt()).isEqualTo(3);
        assertThat(manager.get("/api/v1/centres/" + centre)
                        .json()
                        .get("occupied")
                        .get("persons")
                        .asInt())
                .as("the places of those who did not come are free again")
                .isEqualTo(3);
        assertThat(figures.occupancy(TODAY_IN_DAMASCUS, "SY02").orElseThrow()).isEqualTo(shelteredBefore + 3);
        assertThat(householdQueries.find(booked.id()).journey().status()).isEqualTo(JourneyStatus.AT_RECEPTION);
        assertThat(manager.get("/api/v1/centres/" + centre + "/bookings")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(stays.historyOf(booked.id())).extracting(StayEvent::type).containsExactly("BOOKED", "ARRIVED");
        assertThat(stays.historyOf(booked.id()).get(1).details())
                .containsEntry("bookedPersons", 5)
                .containsEntry("persons", 3);

        Answer release = manager.post("/api/v1/stays/" + booking.id() + "/release", Map.of("reason", "Changed plans"));
        assertThat(release.status()).as(release.body()).isEqualTo(409);
        assertThat(release.json().get("code").asString()).isEqualTo("STAY_ALREADY_ARRIVED");
    }

    @Test
    void aBookingNobodyArrivesForIsReleasedWithItsReasonAndFreesItsPlaces() {
        String centre = centre(5, 1, 0);
        Household booked = ReceptionTestData.household(households, "SY020000", null, 5, Set.of());
        Household next = ReceptionTestData.household(households, "SY020000", null, 5, Set.of());
        Stay booking = bookingCommands.book(new BookPlaces(centre, booked.id(), null, null), "planner");
        assertThat(booking.expectedBy()).as("a week, unless said otherwise").isEqualTo(TODAY_IN_DAMASCUS.plusDays(7));

        for (String step : List.of("check-out", "transfer", "members")) {
            Answer early = manager.post(
                    "/api/v1/stays/" + booking.id() + "/" + step,
                    Map.of(
                            "outcome",
                            "OTHER",
                            "note",
                            "x",
                            "toCentre",
                            centre,
                            "reason",
                            "x",
                            "memberIds",
                            List.of(member(booked, 0))));
            assertThat(early.status()).as(step + ": " + early.body()).isEqualTo(409);
            assertThat(early.json().get("code").asString()).as(step).isEqualTo("STAY_NOT_ARRIVED");
        }
        Answer noReason = manager.post("/api/v1/stays/" + booking.id() + "/release", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("RELEASE_REASON_MISSING");
        assertThat(checkIn(centre, next.reference()).status()).as("still held").isEqualTo(409);

        Answer released = manager.post(
                "/api/v1/stays/" + booking.id() + "/release",
                Map.of("reason", "The family decided to stay in Lebanon for now"));
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().get("endOutcome").asString()).isEqualTo("NOT_ARRIVED");
        assertThat(manager.get("/api/v1/centres/" + centre)
                        .json()
                        .get("occupied")
                        .get("persons")
                        .asInt())
                .isZero();
        StayEvent last = stays.historyOf(booked.id()).get(1);
        assertThat(last.type()).isEqualTo("BOOKING_RELEASED");
        assertThat(last.reason()).isEqualTo("The family decided to stay in Lebanon for now");

        assertThat(checkIn(centre, next.reference()).status())
                .as("the places are free again")
                .isEqualTo(201);
        assertThat(bookingCommands
                        .book(new BookPlaces(centre(5, 1, 0), booked.id(), null, null), "planner")
                        .booking())
                .as("the household can be booked again")
                .isTrue();
    }

    @Test
    void aHouseholdThatArrivesAtAnotherCentreTakesItsPlacesThereAndFreesTheBookedOnes() {
        String bookedCentre = centre(10, 2, 0);
        String otherCentre = centre(10, 2, 0);
        Household household = ReceptionTestData.household(households, "SY020000", null, 4, Set.of());
        Stay booking = bookingCommands.book(new BookPlaces(bookedCentre, household.id(), null, null), "planner");
        assertThatThrownBy(
                        () -> bookingCommands.book(new BookPlaces(otherCentre, household.id(), null, null), "planner"))
                .isInstanceOf(HouseholdAlreadyStayingException.class);

        Answer arrived = checkIn(otherCentre, household.reference());
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(201);
        assertThat(arrived.json().get("id").asString())
                .isNotEqualTo(booking.id().toString());
        assertThat(manager.get("/api/v1/centres/" + bookedCentre)
                        .json()
                        .get("occupied")
                        .get("persons")
                        .asInt())
                .isZero();
        assertThat(manager.get("/api/v1/centres/" + otherCentre)
                        .json()
                        .get("occupied")
                        .get("persons")
                        .asInt())
                .isEqualTo(4);
        assertThat(stays.find(booking.id()).endOutcome()).isEqualTo("NOT_ARRIVED");
        assertThat(stays.historyOf(household.id()))
                .extracting(StayEvent::type)
                .containsExactly("BOOKED", "BOOKING_RELEASED", "CHECKED_IN");
        StayEvent release = stays.historyOf(household.id()).get(1);
        assertThat(release.reason()).as("no English sentence is stored").isNull();
        assertThat(release.details())
                .containsEntry("cause", "CHECKED_IN_ELSEWHERE")
                .containsEntry("causeDetail", otherCentre);
        assertThat(stays.find(booking.id()).endCause())
                .isEqualTo(new BookingReleaseCause(BookingReleaseCause.Code.CHECKED_IN_ELSEWHERE, otherCentre));
        assertThat(checkIn(bookedCentre, household.reference())
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("HOUSEHOLD_ALREADY_CHECKED_IN");
    }

    @Test
    void aWithdrawnJourneyReleasesItsBookingWithTheReason() {
        String centre = centre(6, 2, 0);
        Household household = ReceptionTestData.household(households, "SY020000", null, 4, Set.of());
        Stay booking = bookingCommands.book(new BookPlaces(centre, household.id(), null, null), "planner");

        journeyCommands.move(
                MoveJourney.of(
                        household.id(),
                        householdQueries.find(household.id()).version(),
                        JourneyStatus.WITHDRAWN,
                        "The family stays in Germany"),
                "registrar");

        Stay released = stays.find(booking.id());
        assertThat(released.endOutcome()).isEqualTo("NOT_ARRIVED");
        assertThat(released.endedBy()).isEqualTo("registrar");
        assertThat(released.endNote())
                .as("only the words of the person who withdrew the journey are text")
                .isEqualTo("The family stays in Germany");
        assertThat(released.endCause())
                .isEqualTo(new BookingReleaseCause(BookingReleaseCause.Code.JOURNEY_ENDED, "WITHDRAWN"));
        assertThat(manager.get("/api/v1/centres/" + centre)
                        .json()
                        .get("occupied")
                        .get("persons")
                        .asInt())
                .isZero();
        assertThat(stays.historyOf(household.id()))
                .extracting(StayEvent::type)
                .containsExactly("BOOKED", "BOOKING_RELEASED");
    }

    private Answer checkIn(String centre, String reference) {
        return manager.post("/api/v1/centres/" + centre + "/stays", Map.of("household", reference));
    }

    private static String member(Household household, int position) {
        return household.members().get(position).id().toString();
    }

    private String centre(int persons, int families, int accessible) {
        return centres.create(
                        ReceptionTestCentres.request(
                                ReceptionTestData.unique("BOOK"), "SY020000", persons, families, accessible),
                        "test")
                .code();
    }
}
