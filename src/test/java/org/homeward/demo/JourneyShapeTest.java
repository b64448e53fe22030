package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.demo.GeneratedPopulation.Row;
import org.junit.jupiter.api.Test;

/** Journeys are consistent: crossings fit the country of asylum, destinations follow population, statuses fit dates. */
class JourneyShapeTest {

    /** The crossings that serve each country of asylum; every other country arrives by air. */
    private static final Map<String, Set<String>> LAND_CROSSINGS = Map.of(
            "LBN", Set.of("MASNAA", "JOUSIEH", "DABOUSIEH", "ARIDA"),
            "JOR", Set.of("NASIB"),
            "TUR", Set.of("BAB_AL_HAWA", "BAB_AL_SALAM", "KASAB", "JARABLUS", "TAL_ABYAD", "NUSAYBIN"),
            "IRQ", Set.of("AL_QAIM", "SEMALKA", "RABIA"));

    private static final Set<String> AIRPORTS = Set.of("DAMASCUS_AIRPORT", "ALEPPO_AIRPORT", "LATAKIA_AIRPORT");

    private final GeneratedPopulation population = GeneratedPopulation.large();
    private final LocalDate today = population.settings.today();

    @Test
    void refugeesCrossWhereTheirCountryOfAsylumBordersSyriaOrFlyIn() {
        Map<String, Long> byCrossing = new HashMap<>();
        for (Row row : population.rows) {
            if (row.get("return_type").equals("REFUGEE") && row.has("crossing_point")) {
                String country = row.get("origin_country");
                Set<String> land = LAND_CROSSINGS.getOrDefault(country, Set.of());
                assertThat(row.get("crossing_point"))
                        .as("crossing from %s", country)
                        .isIn(union(land));
                byCrossing.merge(row.get("crossing_point"), 1L, Long::sum);
            }
        }
        assertThat(byCrossing.keySet()).containsAll(union(Set.of("MASNAA", "NASIB", "BAB_AL_HAWA", "SEMALKA")));
        long landShare = byCrossing.entrySet().stream()
                .filter(entry -> !AIRPORTS.contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertThat((double) landShare
                        / byCrossing.values().stream()
                                .mapToLong(Long::longValue)
                                .sum())
                .isGreaterThan(0.85);
    }

    @Test
    void idpsReturnFromAnotherSubdistrictWithoutCrossingABorder() {
        List<Row> idps = population.rows.stream()
                .filter(row -> row.get("return_type").equals("IDP"))
                .toList();

        assertThat(idps).hasSizeGreaterThan(50_000).allSatisfy(row -> {
            assertThat(row.get("origin_location")).matches("SY\\d{6}").isNotEqualTo(row.get("destination_pcode"));
            assertThat(row.get("origin_country")).isEmpty();
            assertThat(row.get("crossing_point")).isEmpty();
        });
    }

    @Test
    void destinationsFollowSubdistrictPopulation() {
        List<List<Row>> households = population.firstRegistrations();
        Map<String, Integer> counts = new HashMap<>();
        households.forEach(household -> counts.merge(household.get(0).get("destination_pcode"), 1, Integer::sum));
        Map<String, Double> shares = SubdistrictPopulation.load().populationShares();

        assertThat(shares.keySet()).containsAll(counts.keySet());
        int compared = 0;
        for (Map.Entry<String, Double> share : shares.entrySet()) {
            double expected = share.getValue() * households.size();
            if (expected >= 400) {
                assertThat((double) counts.getOrDefault(share.getKey(), 0))
                        .as(share.getKey())
                        .isBetween(expected * 0.8, expected * 1.2);
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(10);
    }

    @Test
    void pastJourneysEndedAndCurrentOnesArePlannedForTheComingMonth() {
        for (Row row : population.rows) {
            LocalDate registered = LocalDate.parse(row.get("registered_on"));
            assertThat(registered).isBeforeOrEqualTo(today);
            if (!row.get("journey_status").equals("RETURNED_HOME") && !row.has("planned_date")) {
                // Some repeated registrations leave the planned date out.
                continue;
            }
            switch (row.get("journey_status")) {
                case "RETURNED_HOME" ->
                    assertThat(LocalDate.parse(row.get("returned_on"))).isBefore(today);
                case "WITHDRAWN" -> assertThat(row.get("returned_on")).isEmpty();
                case "INTENDING", "REGISTERED" ->
                    assertThat(LocalDate.parse(row.get("planned_date")))
                            .isAfter(today)
                            .isBeforeOrEqualTo(today.plusDays(30));
                case "IN_TRANSIT" ->
                    assertThat(LocalDate.parse(row.get("planned_date")))
                            .isAfterOrEqualTo(today)
                            .isBeforeOrEqualTo(today.plusDays(3));
                case "AT_RECEPTION" ->
                    assertThat(LocalDate.parse(row.get("planned_date")))
                            .isBeforeOrEqualTo(today)
                            .isAfter(today.minusDays(30));
                default -> throw new AssertionError("Unexpected status " + row.get("journey_status"));
            }
            if (!row.get("journey_status").equals("RETURNED_HOME")) {
                assertThat(row.get("returned_on")).isEmpty();
            }
        }
        double underWay = PopulationShapeTest.share(
                population.rows,
                row -> Set.of("INTENDING", "REGISTERED", "IN_TRANSIT", "AT_RECEPTION")
                        .contains(row.get("journey_status")));
        assertThat(underWay).isBetween(0.03, 0.05);
        assertThat(population.firstRegistrations().stream()
                        .flatMap(List::stream)
                        .filter(row -> !Set.of("RETURNED_HOME", "WITHDRAWN").contains(row.get("journey_status"))))
                .allSatisfy(row -> assertThat(row.get("planned_date")).isNotEmpty());
        assertThat(PopulationShapeTest.share(
                        population.rows, row -> row.get("journey_status").equals("WITHDRAWN")))
                .isBetween(0.005, 0.02);
    }

    @Test
    void returnsAreSpreadOverTheYear() {
        int[] months = new int[12];
        population.rows.stream()
                .filter(row -> row.get("returned_on").startsWith("2024-"))
                .forEach(row -> months[LocalDate.parse(row.get("returned_on")).getMonthValue() - 1]++);
        int total = java.util.Arrays.stream(months).sum();

        assertThat(total).isGreaterThan(10_000);
        for (int month : months) {
            assertThat((double) month / total).isBetween(0.05, 0.12);
        }
    }

    private static Set<String> union(Set<String> land) {
        java.util.Set<String> all = new java.util.HashSet<>(land);
        all.addAll(AIRPORTS);
        return all;
    }
}
