package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** At registration, the household's page and API show its destination area's status, which the registry does not judge. */
@HomewardTest
class DestinationAreaNoteIT {

    private static final String PASSWORD = "a long destination password";
    /** Thiban: made red here. */
    private static final String RED_AREA = "SY090301";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    AssessmentImportService imports;

    @Autowired
    ConditionsService conditions;

    @LocalServerPort
    int port;

    @Test
    void theHouseholdPageAndApiShowTheDestinationAreaAsRedWithTheRedLine() throws Exception {
        String admin = "admin.destination" + System.nanoTime() % 1_000_000;
        users.create(admin, Role.ADMIN, PASSWORD, "Returns coordination");
        imports.importFile(
                ("subdistrict_pcode,indicator,value,source_organisation,assessed_on,method,confidence\n"
                                + RED_AREA + ",UNSURVEYED_EXPLOSIVE_ORDNANCE,yes,UNMAS,"
                                + conditions.today().minusDays(4)
                                + ",HOUSEHOLD_SURVEY,HIGH\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test");
        Household household = register(RED_AREA);
        Household elsewhere = register("SY090300");

        PageSession page = PageSession.signIn(port, admin, PASSWORD);
        HttpResponse<String> english = page.get("/households/" + household.id() + "?lang=en");
        assertThat(english.body())
                .contains("id=\"destination-area-status\">Red<")
                .contains("Unsurveyed explosive-ordnance contamination");
        HttpResponse<String> arabic = page.get("/households/" + household.id() + "?lang=ar");
        assertThat(arabic.body())
                .contains("id=\"destination-area-status\">أحمر<")
                .contains("تلوث بالذخائر المتفجرة لم يُمسح");
        assertThat(page.get("/households/" + elsewhere.id() + "?lang=en").body())
                .contains("id=\"destination-area-status\">Unknown<");

        ApiClient api = new ApiClient(port, admin, PASSWORD);
        ApiClient.Answer answer = api.get("/api/v1/households/" + household.id() + "/destination-area");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asString()).isEqualTo("RED");
        ApiClient.Answer area = api.get("/api/v1/conditions/areas/" + RED_AREA);
        assertThat(area.json().path("redLinesPresent").get(0).asString()).isEqualTo("UNSURVEYED_EXPLOSIVE_ORDNANCE");
        assertThat(api.get("/api/v1/conditions/areas/SY0903").status()).isEqualTo(404);
    }

    private Household register(String destination) {
        List<IndividualDetails> members = new ArrayList<>();
        members.add(new IndividualDetails(
                "PRINCIPAL",
                "أحمد",
                "Ahmad",
                "محمود",
                "Mahmoud",
                null,
                null,
                "الشامي",
                "Al-Shami",
                "M",
                "1975",
                null,
                null,
                null,
                null,
                List.of()));
        JourneyDetails journey = new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, null);
        return households.register(
                new RegisterHouseholdRequest("Masnaa crossing", journey, members), "conditions.test");
    }
}
