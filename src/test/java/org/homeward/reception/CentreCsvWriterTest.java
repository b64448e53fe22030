package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentreCsvWriterTest {

    @Test
    void quotesFormulaLookingNamesAndTheImportReadsThemBackAsTheyWere() {
        CentreRequest centre = new CentreRequest(
                "-DMS",
                "=HYPERLINK(\"http://x\")",
                "@مركز",
                "+Town",
                "\tبلدة",
                "SY020000",
                -33.5,
                36.3,
                250,
                50,
                5,
                List.of("WATER"),
                true,
                null);
        String csv = CentreCsvWriter.write(List.of(centre));
        String row = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(row)
                .startsWith("'-DMS,SY020000,-33.5,36.3,250,50,5,true,")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"", ",'@مركز,", ",'+Town,", "'\tبلدة");
        CentreRequest back = CentreCsvReader.read(csv.getBytes(StandardCharsets.UTF_8))
                .rows()
                .get(0)
                .request();
        assertThat(back.code()).isEqualTo("-DMS");
        assertThat(back.nameEn()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(back.nameAr()).isEqualTo("@مركز");
        assertThat(back.townEn()).isEqualTo("+Town");
        assertThat(back.latitude()).isEqualTo(-33.5);
    }
}
