package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.homeward.demo.GeneratedPopulation.Row;
import org.junit.jupiter.api.Test;

/** The generated people look like a returnee population: household sizes, ages, sexes, dates, scripts and spellings. */
class PopulationShapeTest {

    private final GeneratedPopulation population = GeneratedPopulation.large();

    @Test
    void householdsAverageBetweenFourAndAHalfAndFivePeople() {
        List<List<Row>> households = population.firstRegistrations();
        double mean = households.stream().mapToInt(List::size).average().orElseThrow();

        assertThat(mean).isBetween(4.5, 5.0);
        assertThat(DemoSettings.TYPICAL_HOUSEHOLD_SIZE).isCloseTo(mean, org.assertj.core.api.Assertions.offset(0.2));
        assertThat(share(
                        households,
                        household -> household.size() == 1
                                && household.get(0).get("sex").equals("M")))
                .as("single men")
                .isBetween(0.03, 0.12);
        assertThat(share(households, household -> household.get(0).get("sex").equals("F")))
                .as("female-headed")
                .isBetween(0.12, 0.3);
        assertThat(households.stream().mapToInt(List::size).max().orElseThrow()).isBetween(10, 40);
    }

    @Test
    void aboutFortyPercentAreChildrenAndSexesAreBalanced() {
        List<Row> dated =
                population.rows.stream().filter(row -> row.has("date_of_birth")).toList();
        double children = share(
                dated,
                row -> LocalDate.parse(row.get("registered_on")).getYear()
                                - Integer.parseInt(row.get("date_of_birth").substring(0, 4))
                        < 18);

        assertThat(children).isBetween(0.36, 0.45);
        assertThat(share(population.rows, row -> row.get("sex").equals("F"))).isBetween(0.47, 0.53);
    }

    @Test
    void datesOfBirthAreGivenAsPreciselyAsKnown() {
        List<Row> rows = population.rows;
        double placeholders = share(rows, row -> row.get("date_of_birth").endsWith("-01-01"));
        double full = share(rows, row -> row.get("date_of_birth").length() == 10) - placeholders;

        assertThat(full).isGreaterThan(0.65);
        assertThat(placeholders).isBetween(0.04, 0.15);
        assertThat(share(rows, row -> row.get("date_of_birth").length() == 7)).isBetween(0.01, 0.08);
        assertThat(share(rows, row -> row.get("date_of_birth").length() == 4)).isBetween(0.04, 0.15);
        assertThat(share(rows, row -> row.get("date_of_birth").isEmpty())).isBetween(0.001, 0.02);
    }

    @Test
    void mostRecordsHaveBothScriptsSomeOnlyOne() {
        List<Row> rows = population.rows;

        assertThat(share(rows, row -> row.has("given_name_ar") && row.has("given_name_latin")))
                .isBetween(0.7, 0.85);
        assertThat(share(rows, row -> !row.has("given_name_latin"))).isBetween(0.08, 0.2);
        assertThat(share(rows, row -> !row.has("given_name_ar"))).isBetween(0.04, 0.15);
    }

    @Test
    void commonNamesAreTransliteratedInManyWays() {
        assertThat(latinSpellings("given_name", "محمد")).contains("mohammad", "mohammed", "muhammad", "mhd", "mohamad");
        assertThat(latinSpellings("given_name", "عبد الرحمن"))
                .contains("abdulrahman", "abd al-rahman", "abdul rahman", "abdelrahman");
        assertThat(latinSpellings("family_name", "الحموي")).contains("al-hamwi", "hamwi", "el hamwi");
    }

    @Test
    void phonesFollowTheCountryOfAsylumAndReadAsInternationalNumbers() {
        Map<String, Set<String>> prefixesByCountry = new HashMap<>();
        for (Row row : population.rows) {
            if (row.has("phone")) {
                String number = PhoneNumberMakerTest.normalise(row.get("phone"));
                assertThat(number).matches("\\+[1-9]\\d{7,14}");
                String country = row.get("return_type").equals("IDP") ? "IDP" : row.get("origin_country");
                prefixesByCountry
                        .computeIfAbsent(country, key -> new HashSet<>())
                        .add(number.substring(0, 4));
            }
        }
        assertThat(prefixesByCountry.get("LBN")).contains("+961", "+963");
        assertThat(prefixesByCountry.get("JOR")).contains("+962", "+963");
        assertThat(prefixesByCountry.get("TUR")).contains("+905", "+963");
        assertThat(prefixesByCountry.get("IDP")).containsOnly("+963", "+905");
        assertThat(share(population.rows, row -> row.has("phone"))).isBetween(0.15, 0.45);
    }

    @Test
    void someHaveDocumentsAndFewHaveSpecificNeeds() {
        assertThat(share(population.rows, row -> row.has("document_type"))).isBetween(0.3, 0.7);
        assertThat(population.rows.stream().filter(row -> row.has("document_number")))
                .allSatisfy(row -> assertThat(row.get("document_number")).matches("[A-Z0-9][A-Z0-9 /-]{0,39}"));
        Map<String, Integer> needs = new HashMap<>();
        population.rows.forEach(row -> {
            for (String code : row.get("specific_needs").split(";")) {
                if (!code.isEmpty()) {
                    needs.merge(code, 1, Integer::sum);
                }
            }
        });
        assertThat(needs.keySet())
                .hasSizeGreaterThanOrEqualTo(9)
                .isSubsetOf("DS", "SM", "ER", "UC", "SC", "CR", "WR", "SP", "PL", "LP", "TR", "AS");
        needs.values()
                .forEach(count ->
                        assertThat((double) count / population.rows.size()).isLessThan(0.05));
    }

    private Set<String> latinSpellings(String part, String arabic) {
        Set<String> spellings = new HashSet<>();
        population.rows.stream()
                .filter(row -> row.get(part + "_ar").equals(arabic) && row.has(part + "_latin"))
                .forEach(row -> spellings.add(row.get(part + "_latin").toLowerCase(Locale.ROOT)));
        return spellings;
    }

    static <T> double share(List<T> items, Predicate<T> predicate) {
        return (double) items.stream().filter(predicate).count() / items.size();
    }
}
