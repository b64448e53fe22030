package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Returns counted in the generated files (distinct people whose journey ended home, by year of
 * return) are proportional to UNHCR's figures, read here straight from the shipped CSV.
 * Tolerance: 1 % of the exact proportional share, but at least one person per year and return
 * type (whole people cannot match a share like 5.2) and two persons per country of asylum and
 * year (shares are rounded per year, then per country).
 */
class ReturnFiguresProportionTest {

    private static final Map<String, Double> FIGURES = new TreeMap<>();
    private static final Map<String, Long> GENERATED = new TreeMap<>();
    private static double figuresTotal;
    private static long generatedTotal;

    @BeforeAll
    static void countFiguresAndReturns() throws IOException {
        GeneratedPopulation population = GeneratedPopulation.large();
        int lastYear = population.settings.today().minusDays(1).getYear();
        readFigures(lastYear);
        Set<String> counted = new HashSet<>();
        for (GeneratedPopulation.Row row : population.rows) {
            if (!row.get("journey_status").equals("RETURNED_HOME") || !counted.add(row.personId())) {
                continue;
            }
            int year = LocalDate.parse(row.get("returned_on")).getYear();
            String type = row.get("return_type");
            GENERATED.merge(year + "/" + type, 1L, Long::sum);
            if (type.equals("REFUGEE")) {
                GENERATED.merge(year + "/REFUGEE/" + row.get("origin_country"), 1L, Long::sum);
            }
            generatedTotal++;
        }
    }

    @Test
    void refugeeAndIdpReturnsPerYearAreProportionalToTheFigures() {
        assertThat(generatedTotal).isGreaterThan(180_000);
        int checked = 0;
        for (Map.Entry<String, Double> figure : FIGURES.entrySet()) {
            if (figure.getKey().split("/").length != 2) {
                continue;
            }
            double expected = generatedTotal * figure.getValue() / figuresTotal;
            long generated = GENERATED.getOrDefault(figure.getKey(), 0L);
            assertThat((double) generated)
                    .as("returns in %s", figure.getKey())
                    .isCloseTo(expected, org.assertj.core.api.Assertions.offset(Math.max(0.01 * expected, 1.0)));
            checked++;
        }
        assertThat(checked).as("year and type cells").isGreaterThanOrEqualTo(20);
    }

    @Test
    void refugeeReturnsPerCountryOfAsylumAndYearAreProportionalToTheFigures() {
        int checked = 0;
        for (Map.Entry<String, Double> figure : FIGURES.entrySet()) {
            if (figure.getKey().split("/").length != 3) {
                continue;
            }
            double expected = generatedTotal * figure.getValue() / figuresTotal;
            long generated = GENERATED.getOrDefault(figure.getKey(), 0L);
            assertThat((double) generated)
                    .as("returns in %s", figure.getKey())
                    .isCloseTo(expected, org.assertj.core.api.Assertions.offset(Math.max(0.01 * expected, 2.0)));
            checked++;
        }
        assertThat(checked).as("country cells").isGreaterThanOrEqualTo(50);
    }

    @Test
    void countsNoReturnFromAYearWithoutFigures() {
        Set<String> generatedYears = new HashSet<>();
        GENERATED.keySet().forEach(key -> generatedYears.add(key.split("/")[0] + "/" + key.split("/")[1]));
        Set<String> figureYears = new HashSet<>();
        FIGURES.keySet().forEach(key -> figureYears.add(key.split("/")[0] + "/" + key.split("/")[1]));

        assertThat(figureYears).containsAll(generatedYears);
    }

    private static void readFigures(int lastYear) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = new InputStreamReader(
                        ReturnFiguresProportionTest.class.getResourceAsStream("/demo/syria-returns-by-year.csv"),
                        StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                int year = Integer.parseInt(record.get("year"));
                if (year > lastYear) {
                    continue;
                }
                double refugees = Double.parseDouble(record.get("returned_refugees"));
                double idps = Double.parseDouble(record.get("returned_idps"));
                FIGURES.merge(year + "/REFUGEE", refugees, Double::sum);
                FIGURES.merge(year + "/IDP", idps, Double::sum);
                if (refugees > 0) {
                    FIGURES.merge(year + "/REFUGEE/" + record.get("coa_iso"), refugees, Double::sum);
                }
                figuresTotal += refugees + idps;
            }
        }
    }
}
