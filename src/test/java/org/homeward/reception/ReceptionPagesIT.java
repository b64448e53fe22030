package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reception pages as each role sees them, signed in through the login form. */
@HomewardTest
class ReceptionPagesIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @Autowired
    BookingCommands bookingCommands;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void analystsSeeTheNumbersButNoBoardAndNoNames() throws Exception {
        String code = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("PAGE"), "SY020000", 30, 6, 1), "test")
                .code();
        Household household = ReceptionTestData.household(households, 2);
        ApiClient manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
        assertThat(manager.post("/api/v1/centres/" + code + "/stays", Map.of("household", household.reference()))
                        .status())
                .isEqualTo(201);

        PageSession analyst = signIn(ReceptionTestData.user(users, Role.ANALYST));
        HttpResponse<String> table = analyst.get("/centres?text=" + code);
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.body()).contains(code).doesNotContain("href=\"/centres/" + code + "\"");
        assertThat(analyst.get("/centres/" + code).statusCode()).isEqualTo(403);
        assertThat(analyst.get("/centres/" + code + "/arrival?reference=" + household.reference())
                        .statusCode())
                .isEqualTo(403);
        assertThat(analyst.get("/centres/new").statusCode()).isEqualTo(403);
        HttpResponse<String> forecast = analyst.get("/forecast");
        assertThat(forecast.statusCode()).isEqualTo(200);
        assertThat(forecast.body())
                .contains("Free places against planned arrivals")
                .doesNotContain(household.reference())
                .doesNotContain("Al-Test");
    }

    @Test
    void theBoardListsBookingsApartFromResidentsMarksOverdueOnesAndReleasesThemThroughTheForm() throws Exception {
        String code = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("PAGE"), "SY020000", 30, 6, 1), "test")
                .code();
        Household onTime = ReceptionTestData.household(households, 3);
        Household late = ReceptionTestData.household(households, 2);
        bookingCommands.book(new BookPlaces(code, onTime.id(), null, null), "planner");
        Stay overdue = bookingCommands.book(new BookPlaces(code, late.id(), null, null), "planner");
        jdbc.sql("UPDATE reception_stay SET expected_by = current_date - 3 WHERE id = :id")
                .param("id", overdue.id())
                .update();

        PageSession manager = signIn(ReceptionTestData.user(users, Role.RECEPTION_MANAGER));
        String board = manager.get("/centres/" + code).body();
        String bookings = board.substring(board.indexOf("id=\"bookings\""), board.indexOf("id=\"residents\""));
        assertThat(bookings)
                .contains("Booked, on their way (2 households)")
                .contains(onTime.reference())
                .contains(late.reference())
                .contains("check-in-booked");
        assertThat(row(bookings, "booking-" + late.reference())).contains("Overdue");
        assertThat(row(bookings, "booking-" + onTime.reference())).doesNotContain("Overdue");
        assertThat(bookings.indexOf(late.reference()))
                .as("the soonest expected first")
                .isLessThan(bookings.indexOf(onTime.reference()));
        assertThat(board.substring(board.indexOf("id=\"residents\"")))
                .contains("Nobody is staying here.")
                .doesNotContain(onTime.reference());
        assertThat(board).contains("Taken (staying or booked)");
        String arabic = manager.get("/centres/" + code + "?lang=ar").body();
        assertThat(arabic)
                .contains("dir=\"rtl\"")
                .contains("محجوز لأسر في الطريق (أسرتان)")
                .contains("متأخرة");

        HttpResponse<String> released = manager.post(
                "/stays/" + overdue.id() + "/release", "/centres/" + code, Map.of("reason", "They stayed in Jordan"));
        assertThat(released.statusCode()).isEqualTo(302);
        String after = manager.get("/centres/" + code + "?lang=en").body();
        assertThat(after)
                .contains("Booking released")
                .contains("Booked, on their way (1 household)")
                .doesNotContain("booking-" + late.reference());
        assertThat(stays.find(overdue.id()).endNote()).isEqualTo("They stayed in Jordan");
    }

    @Test
    void managersSeeTheBoardWithWhoIsInAndPlannersOpenCentres() throws Exception {
        String code = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("PAGE"), "SY020000", 30, 6, 1), "test")
                .code();
        Household household = ReceptionTestData.household(households, 3);
        String managerName = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        new ApiClient(port, managerName, ReceptionTestData.PASSWORD)
                .post("/api/v1/centres/" + code + "/stays", Map.of("household", household.reference()));

        PageSession manager = signIn(managerName);
        HttpResponse<String> board = manager.get("/centres/" + code);
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains(household.reference()).contains("Mohammad Ali");
        assertThat(manager.get("/centres/new").statusCode()).isEqualTo(403);
        assertThat(manager.get("/centres/" + code + "/edit").statusCode()).isEqualTo(200);
        HttpResponse<String> missing = manager.get("/centres/NO-SUCH-" + code);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no such reception centre.");

        PageSession coordinator = signIn(ReceptionTestData.user(users, Role.COORDINATOR));
        assertThat(coordinator.get("/centres/new").statusCode()).isEqualTo(200);
        HttpResponse<String> importPage = coordinator.get("/centres/import");
        assertThat(importPage.statusCode()).isEqualTo(200);
        assertThat(importPage.body()).contains("centre_id, pcode, latitude, longitude");
        assertThat(manager.get("/centres/import").statusCode()).isEqualTo(403);
        HttpResponse<String> arabic = coordinator.get("/centres/" + code + "?lang=ar");
        assertThat(arabic.body()).contains("dir=\"rtl\"").contains("المقيمون هنا");
    }

    @Test
    void theCentreFormReportsEachFieldAndSavesAValidCentre() throws Exception {
        PageSession coordinator = signIn(ReceptionTestData.user(users, Role.COORDINATOR));
        String code = ReceptionTestData.unique("FORM");
        HttpResponse<String> refused = coordinator.post(
                "/centres",
                "/centres/new",
                form(
                        "code",
                        code,
                        "nameEn",
                        "Form centre",
                        "nameAr",
                        "مركز النموذج",
                        "pcode",
                        "SY020000",
                        "latitude",
                        "33.4",
                        "longitude",
                        "36.2",
                        "capacityPersons",
                        "forty",
                        "capacityFamilies",
                        "8",
                        "accessibleUnits",
                        "9"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"form-problems\"")
                .contains("Not a whole number.")
                .contains("Accessible units are family units");

        HttpResponse<String> saved = coordinator.post(
                "/centres",
                "/centres/new",
                form(
                        "code",
                        code,
                        "nameEn",
                        "Form centre",
                        "nameAr",
                        "مركز النموذج",
                        "pcode",
                        "SY020000",
                        "latitude",
                        "33.4",
                        "longitude",
                        "36.2",
                        "capacityPersons",
                        "40",
                        "capacityFamilies",
                        "8",
                        "accessibleUnits",
                        "2",
                        "services",
                        "KITCHEN",
                        "_open",
                        "on"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/centres/" + code));
        Centre centre = centres.find(code).centre();
        assertThat(centre.capacity()).isEqualTo(new Spaces(40, 8, 2));
        assertThat(centre.services()).containsExactly(OfferedService.KITCHEN);
        // The browser sends the form's hidden "_open" marker without "open": the box was left unticked.
        assertThat(centre.open()).as("an unticked box closes the centre").isFalse();
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    @Test
    void aManagerOfOneCentreCannotOpenTheBoardOfAnother() throws Exception {
        String mine = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("MINE"), "SY020000", 30, 6, 1), "test")
                .code();
        String theirs = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("THEIRS"), "SY020000", 30, 6, 1), "test")
                .code();
        Household household = ReceptionTestData.household(households, 2);
        new ApiClient(port, ReceptionTestData.user(users, Role.COORDINATOR), ReceptionTestData.PASSWORD)
                .post("/api/v1/centres/" + theirs + "/stays", Map.of("household", household.reference()));
        String managerName = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        users.setScopes(managerName, java.util.List.of(org.homeward.access.ScopeGrant.parse("centre:" + mine)));

        PageSession manager = signIn(managerName);
        assertThat(manager.get("/centres/" + mine).statusCode()).isEqualTo(200);
        HttpResponse<String> other = manager.get("/centres/" + theirs);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(household.reference());
    }

    /** The table row with the id, up to its end. */
    private static String row(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private PageSession signIn(String username) throws Exception {
        return PageSession.signIn(port, username, ReceptionTestData.PASSWORD);
    }
}
