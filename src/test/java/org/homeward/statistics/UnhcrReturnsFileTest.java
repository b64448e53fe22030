package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class UnhcrReturnsFileTest {

    @Test
    void readsCountsWrittenWithExponents() {
        assertThat(UnhcrReturnsFile.number("6e+05")).isEqualTo(600_000);
        assertThat(UnhcrReturnsFile.number("1.2E6")).isEqualTo(1_200_000);
        assertThat(UnhcrReturnsFile.number(" 12186 ")).isEqualTo(12_186);
        assertThat(UnhcrReturnsFile.number("NA")).isZero();
        assertThatThrownBy(() -> UnhcrReturnsFile.number("12.5")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void givesRefugeesByCountryOfAsylumAndIdpsNationally() throws Exception {
        String csv = """
                "year","coo_iso","coa_iso","coa_name","returned_refugees","returned_idps"
                2016,"SYR","SYR","Syrian Arab Rep.",0,6e+05
                2017,"SYR","LBN","Lebanon",11853,0
                2019,"SYR","CHN","China",5,0
                2020,"SYR","JOR","Jordan",0,0
                """;
        List<UnhcrReturnsFile.Row> rows = UnhcrReturnsFile.read(new StringReader(csv));
        assertThat(rows)
                .extracting(
                        UnhcrReturnsFile.Row::indicator,
                        UnhcrReturnsFile.Row::year,
                        UnhcrReturnsFile.Row::countryOfAsylum,
                        UnhcrReturnsFile.Row::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FigureIndicator.IDP_RETURNS, 2016, null, 600_000L),
                        org.assertj.core.groups.Tuple.tuple(FigureIndicator.REFUGEE_RETURNS, 2017, "LBN", 11_853L),
                        org.assertj.core.groups.Tuple.tuple(FigureIndicator.REFUGEE_RETURNS, 2019, "CHN", 5L));
        assertThat(rows)
                .extracting(UnhcrReturnsFile.Row::seedKey)
                .doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("unhcr-solutions-2025.12.1:"));
    }

    @Test
    void theShippedFileReadsWhole() throws Exception {
        try (Reader csv = new InputStreamReader(
                new ClassPathResource(PublishedFigureSeed.RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            List<UnhcrReturnsFile.Row> rows = UnhcrReturnsFile.read(csv);
            assertThat(rows)
                    .filteredOn(row -> row.indicator() == FigureIndicator.IDP_RETURNS)
                    .hasSize(9);
            assertThat(rows)
                    .filteredOn(row -> row.year() == 2016 && row.indicator() == FigureIndicator.IDP_RETURNS)
                    .singleElement()
                    .extracting(UnhcrReturnsFile.Row::value)
                    .isEqualTo(600_000L);
        }
    }
}
