package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@HomewardTest
class CentreImportIT {

    private static final String HEADER = "centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,"
            + "accessible_units,open,name_en,name_ar,town,services";

    @Autowired
    UserService users;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void importsAFileAndTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String coordinator = ReceptionTestData.user(users, Role.COORDINATOR);
        String first = ReceptionTestData.unique("IMP");
        String second = ReceptionTestData.unique("IMP");
        String file = HEADER + "\n"
                + first + ",SY020000,33.36,36.24,300,60,6,true,Al-Kiswah centre,مركز الكسوة,Al-Kiswah,WATER;KITCHEN\n"
                + second + ",SY030101,34.72,36.71,120,24,2,false,,,,\n";

        JsonNode report = ApiClient.json().readTree(post(file, coordinator).body());
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("unchanged").asInt()).isZero();
        assertThat(centres.find(first).centre().services())
                .containsExactly(OfferedService.WATER, OfferedService.KITCHEN);
        Centre unnamed = centres.find(second).centre();
        assertThat(unnamed.open()).isFalse();
        assertThat(unnamed.nameEn()).startsWith("Reception centre ");
        assertThat(unnamed.nameAr()).startsWith("مركز استقبال ");
        int eventsBefore = events(first, second);

        JsonNode again = ApiClient.json().readTree(post(file, coordinator).body());
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(events(first, second)).isEqualTo(eventsBefore);
        assertThat(centres.find(first).centre().version()).isZero();

        JsonNode changed = ApiClient.json()
                .readTree(
                        post(file.replace(",300,60,", ",350,60,"), coordinator).body());
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertThat(centres.find(first).centre().capacity().persons()).isEqualTo(350);
        assertThat(centres.find(first).centre().version()).isEqualTo(1);
    }

    @Test
    void aFileWithAnyBadRowWritesNothingAndNamesEachRowColumnAndReason() throws Exception {
        String coordinator = ReceptionTestData.user(users, Role.COORDINATOR);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(ReceptionTestData.unique("BAD"));
        }
        String file = HEADER + "\n"
                + codes.get(0) + ",SY020000,33.36,36.24,300,60,6,true,Good,جيد,,\n"
                + codes.get(1) + ",SY02,33.36,36.24,300,60,6,true,Bad pcode,سيء,,\n"
                + codes.get(2) + ",SY020000,36.24,33.36,ten,60,6,maybe,Swapped,سيء,,SAUNA\n"
                + codes.get(0) + ",SY020000,33.36,36.24,300,60,70,true,Twice,مكرر,,\n";

        HttpResponse<String> answer = post(file, coordinator);
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = ApiClient.json().readTree(answer.body());
        assertThat(problem.get("code").asString()).isEqualTo("CENTRE_IMPORT_INVALID");
        List<String> errors = problem.get("errors")
                .valueStream()
                .map(error ->
                        error.get("field").asString() + " " + error.get("code").asString())
                .toList();
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "rows[3].pcode PCODE_NOT_SUBDISTRICT",
                        "rows[4].capacity_persons NOT_A_WHOLE_NUMBER",
                        "rows[4].open OPEN_INVALID",
                        "rows[4].longitude COORDINATES_OUTSIDE_SYRIA",
                        "rows[4].services SERVICE_UNKNOWN",
                        "rows[5].accessible_units ACCESSIBLE_UNITS_EXCEED_FAMILY_UNITS",
                        "rows[5].centre_id CENTRE_ID_DUPLICATED");
        assertThat(jdbc.sql("SELECT count(*) FROM reception_centre WHERE code IN (:codes)")
                        .param("codes", codes)
                        .query(Integer.class)
                        .single())
                .as("nothing written")
                .isZero();
    }

    @Test
    void onlyPlannersImport() throws Exception {
        String manager = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        assertThat(post(HEADER + "\n", manager).statusCode()).isEqualTo(403);
        String coordinator = ReceptionTestData.user(users, Role.COORDINATOR);
        HttpResponse<String> empty = post("", coordinator);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("FILE_EMPTY");
    }

    private HttpResponse<String> post(String file, String username) throws Exception {
        return ReceptionHttp.post(
                port, "/api/v1/centres/import", "text/csv", file.getBytes(StandardCharsets.UTF_8), username);
    }

    private int events(String first, String second) {
        return jdbc.sql("SELECT count(*) FROM reception_centre_event WHERE centre_code IN (:first, :second)")
                .param("first", first)
                .param("second", second)
                .query(Integer.class)
                .single();
    }
}
