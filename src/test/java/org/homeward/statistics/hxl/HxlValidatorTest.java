package org.homeward.statistics.hxl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HxlValidatorTest {

    private final HxlValidator validator = new HxlValidator();

    private List<HxlProblem> check(String... lines) {
        return validator.validate(new StringReader(String.join("\r\n", lines) + "\r\n"));
    }

    @Test
    void acceptsAWellFormedFile() {
        assertThat(check(
                        "Month,Governorate,P-code,Returnees",
                        "#date,#adm1+name,#adm1+code,#affected+returnees+ind",
                        "2025-03,Aleppo,SY02,120",
                        "2025-W11,Homs,SY04,",
                        "2025,\"Damascus, city\",SY01,7"))
                .isEmpty();
    }

    @Test
    void namesTheRowAndColumnOfEachProblem() {
        List<HxlProblem> problems = check(
                "Month,Country,Returnees,Note",
                "#date,#country+code,#affected+ind,#meta+note+note",
                "2025-13,LBN,12,",
                "2025-02,Lebanon,twelve,",
                "2025-02,TUR,5,x,extra");
        assertThat(problems)
                .extracting(p -> p.row() + ":" + p.column() + ":" + p.code())
                .containsExactly(
                        "2:4:HXL_ATTRIBUTE_REPEATED",
                        "3:1:HXL_DATE_INVALID",
                        "4:2:HXL_COUNTRY_CODE_INVALID",
                        "4:3:HXL_VALUE_NOT_A_NUMBER",
                        "5:5:HXL_ROW_TOO_WIDE");
    }

    @Test
    void reportsABrokenHashtagInItsColumn() {
        assertThat(check("A,B,C", "#date,#adm1 name,#affected+", "2025,x,1"))
                .extracting(p -> p.row() + ":" + p.column() + ":" + p.code())
                .containsExactly("2:2:HXL_HASHTAG_SYNTAX", "2:3:HXL_HASHTAG_SYNTAX");
    }

    @Test
    void wantsTheHashtagRowRightUnderTheHeaderAndOnlyOnce() {
        assertThat(check("Month,Returnees", "2025-01,5", "#date,#affected"))
                .extracting(problem -> problem.code().name())
                .contains("HXL_HASHTAG_ROW_MISSING", "HXL_HASHTAG_ROW_REPEATED");
        assertThat(check("Month,Returnees"))
                .extracting(problem -> problem.code().name())
                .containsExactly("HXL_HASHTAG_ROW_MISSING");
    }

    @Test
    void acceptsWhatTheWriterWrites() {
        StringWriter out = new StringWriter();
        try (HxlWriter writer = new HxlWriter(
                out,
                List.of(
                        HxlColumn.of("المحافظة", "#adm1+name"),
                        HxlColumn.of("Returnees, individuals", "#affected+returnees+ind")))) {
            writer.row(Arrays.asList("حلب", 120));
            writer.row(Arrays.asList("Idlib, \"north\"", null));
        }
        assertThat(out.toString())
                .startsWith("المحافظة,\"Returnees, individuals\"\r\n#adm1+name,#affected+returnees+ind\r\n");
        assertThat(validator.validate(new StringReader(out.toString()))).isEmpty();
    }
}
