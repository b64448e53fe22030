package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CentreCsvReaderTest {

    private static final String HEADER =
            "centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,accessible_units,open";

    @Test
    void readsTheRequiredColumnsInAnyOrderWithTheOptionalOnesAndAByteOrderMark() {
        String file =
                "\uFEFFopen,services,pcode,centre_id,latitude,longitude,capacity_persons,capacity_families,accessible_units,name_ar\n"
                        + "FALSE,HEALTH_POINT; water,SY020000,DMS-1,33.51,36.29,250,50,5,مركز دمشق\n";
        CentreCsvReader.Result read = CentreCsvReader.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).isEmpty();
        CentreRequest centre = read.rows().get(0).request();
        assertThat(centre.code()).isEqualTo("DMS-1");
        assertThat(centre.open()).isFalse();
        assertThat(centre.services()).containsExactly("HEALTH_POINT", "water");
        assertThat(centre.capacityPersons()).isEqualTo(250);
        assertThat(centre.latitude()).isEqualTo(33.51);
        assertThat(centre.nameAr()).isEqualTo("مركز دمشق");
        assertThat(centre.nameEn()).isNull();
    }

    @Test
    void namesTheRowAndColumnOfEveryCellThatIsNotANumberOrAFlag() {
        String file = HEADER + "\n"
                + "A,SY020000,33.5,36.3,250,50,5,true\n"
                + "B,SY020000,33,5,36.3,250,50,5,true\n"
                + "C,SY020000,33.5,36.3,two hundred,50,5,yes\n";
        CentreCsvReader.Result read = CentreCsvReader.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems())
                .extracting(
                        CentreImportProblem::row,
                        CentreImportProblem::column,
                        problem -> problem.code().name())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "", "ROW_CELL_COUNT"),
                        org.assertj.core.groups.Tuple.tuple(4, "capacity_persons", "NOT_A_WHOLE_NUMBER"),
                        org.assertj.core.groups.Tuple.tuple(4, "open", "OPEN_INVALID"));
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsOrNotInUtf8() {
        CentreCsvReader.Result missing =
                CentreCsvReader.read("centre_id,pcode,lat,lon\nA,SY020000,1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.problems())
                .extracting(CentreImportProblem::column)
                .containsExactlyInAnyOrder(
                        "latitude", "longitude", "capacity_persons", "capacity_families", "accessible_units", "open");
        assertThat(missing.problems())
                .allSatisfy(problem -> assertThat(problem.row()).isEqualTo(1));

        byte[] windowsArabic = (HEADER + "\nA,SY020000,33.5,36.3,1,1,0,true,\u0645\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1256"));
        assertThat(CentreCsvReader.read(windowsArabic).problems())
                .extracting(problem -> problem.code().name())
                .containsExactly("FILE_NOT_UTF8");
        assertThat(CentreCsvReader.read(new byte[0]).problems())
                .extracting(problem -> problem.code().name())
                .containsExactly("FILE_EMPTY");
        assertThat(CentreCsvReader.read((HEADER + "\n\"A,SY020000\n").getBytes(StandardCharsets.UTF_8))
                        .problems())
                .extracting(problem -> problem.code().name())
                .containsExactly("FILE_MALFORMED");
    }
}
