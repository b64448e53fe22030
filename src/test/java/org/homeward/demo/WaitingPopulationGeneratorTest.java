package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The households of a reception plan all wait for a place, arrive soon, and are each registered once. */
class WaitingPopulationGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final int HOUSEHOLDS = 3_000;

    @Test
    void everyHouseholdIsAJourneyStillToComeWithAPlannedArrivalInTheNextThirtyDays() throws IOException {
        Map<String, List<CSVRecord>> households = generate(7).households;

        assertThat(households).hasSizeBetween((int) (HOUSEHOLDS * 0.97), (int) (HOUSEHOLDS * 1.03));
        Set<String> statuses = new HashSet<>();
        households.forEach((key, rows) -> {
            CSVRecord first = rows.get(0);
            assertThat(key).startsWith(WaitingPopulationGenerator.HOUSEHOLD_KEY_PREFIX);
            assertThat(first.get("journey_status")).isIn("INTENDING", "REGISTERED", "IN_TRANSIT");
            statuses.add(first.get("journey_status"));
            LocalDate planned = LocalDate.parse(first.get("planned_date"));
            assertThat(planned).isBetween(TODAY, TODAY.plusDays(30));
            LocalDate registered = LocalDate.parse(first.get("registered_on"));
            assertThat(registered).isBetween(TODAY.minusDays(720), TODAY);
            assertThat(first.get("destination_pcode")).matches("SY\\d{6}");
            assertThat(first.get("returned_on")).isEmpty();
            assertThat(rows)
                    .allSatisfy(row -> assertThat(row.get("relationship")).isNotEmpty());
            assertThat(rows.stream().filter(row -> row.get("relationship").equals("PRINCIPAL")))
                    .hasSize(1);
        });
        assertThat(statuses).containsExactlyInAnyOrder("INTENDING", "REGISTERED", "IN_TRANSIT");
    }

    @Test
    void householdsHaveRealisticSizesNeedsAndWaitingTimes() throws IOException {
        Map<String, List<CSVRecord>> households = generate(7).households;

        double meanSize =
                households.values().stream().mapToInt(List::size).average().orElseThrow();
        assertThat(meanSize).isBetween(4.0, 5.5);
        assertThat(households.values().stream().mapToInt(List::size).max().orElseThrow())
                .isGreaterThan(8);
        long accessible = households.values().stream()
                .filter(rows ->
                        rows.stream().anyMatch(row -> row.get("specific_needs").matches("(.*;)?(DS|AS)(;.*)?")))
                .count();
        assertThat((double) accessible / households.size()).isBetween(0.04, 0.25);
        long waitedOverHalfAYear = households.values().stream()
                .filter(rows ->
                        LocalDate.parse(rows.get(0).get("registered_on")).isBefore(TODAY.minusDays(182)))
                .count();
        assertThat((double) waitedOverHalfAYear / households.size()).isBetween(0.2, 0.7);
        Set<String> homes = new HashSet<>();
        households.values().forEach(rows -> homes.add(rows.get(0).get("destination_pcode")));
        assertThat(homes).hasSizeGreaterThan(150);
    }

    @Test
    void nobodyIsRegisteredTwiceAndTheSameSeedGivesTheSameFiles() throws IOException {
        Generated first = generate(7);
        Generated again = generate(7);
        Generated other = generate(8);

        assertThat(first.truthPersons).doesNotHaveDuplicates();
        assertThat(again.text).isEqualTo(first.text);
        assertThat(other.text).isNotEqualTo(first.text);
    }

    private record Generated(String text, Map<String, List<CSVRecord>> households, List<String> truthPersons) {}

    private static Generated generate(long seed) throws IOException {
        StringBuilder households = new StringBuilder();
        StringBuilder truth = new StringBuilder();
        new WaitingPopulationGenerator(seed, TODAY, HOUSEHOLDS).generate(households, truth, GenerationProgress.NONE);
        Map<String, List<CSVRecord>> byHousehold = new LinkedHashMap<>();
        for (CSVRecord row :
                CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(households.toString()))) {
            byHousehold
                    .computeIfAbsent(row.get("household_key"), key -> new ArrayList<>())
                    .add(row);
        }
        List<String> persons = new ArrayList<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(truth.toString()))) {
            persons.add(row.get("person_id"));
        }
        return new Generated(households.toString(), byHousehold, persons);
    }
}
