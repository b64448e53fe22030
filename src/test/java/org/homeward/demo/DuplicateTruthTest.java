package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The truth file names the real person behind every row, and repeated registrations come at the configured share. */
class DuplicateTruthTest {

    @Test
    void truthListsEveryIndividualKeyOnceAndNothingElse() {
        GeneratedPopulation population = GeneratedPopulation.large();

        Set<String> rowKeys = new HashSet<>();
        population.rows.forEach(
                row -> assertThat(rowKeys.add(row.get("individual_key"))).isTrue());
        assertThat(population.truthIndividualKeys)
                .hasSize(population.rows.size())
                .doesNotHaveDuplicates();
        assertThat(new HashSet<>(population.truthIndividualKeys)).isEqualTo(rowKeys);
        assertThat(population.rows).allSatisfy(row -> assertThat(row.personId()).matches("P\\d+"));
    }

    @Test
    void rowsOfOneHouseholdAreConsecutiveWithOnePrincipalAndNoPersonTwice() {
        GeneratedPopulation population = GeneratedPopulation.large();

        Set<String> finished = new HashSet<>();
        String current = null;
        for (GeneratedPopulation.Row row : population.rows) {
            String key = row.get("household_key");
            if (!key.equals(current)) {
                assertThat(finished.add(key))
                        .as("household %s appears in one block", key)
                        .isTrue();
                current = key;
            }
        }
        for (List<GeneratedPopulation.Row> household : population.households()) {
            assertThat(household.stream().filter(row -> row.get("relationship").equals("PRINCIPAL")))
                    .hasSize(1);
            assertThat(household.stream().map(GeneratedPopulation.Row::personId))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void measuredShareOfPeopleRegisteredMoreThanOnceMatchesTheConfiguredShare() {
        GeneratedPopulation population = GeneratedPopulation.large();

        Map<String, List<GeneratedPopulation.Row>> byPerson = population.rowsByPerson();
        long repeated =
                byPerson.values().stream().filter(rows -> rows.size() > 1).count();
        long threeTimes =
                byPerson.values().stream().filter(rows -> rows.size() > 2).count();
        double share = (double) repeated / byPerson.size();

        assertThat(share).isCloseTo(population.settings.duplicateShare(), within(0.005));
        assertThat(threeTimes).as("some people are registered three times").isPositive();
        assertThat(population.summary.personsRegisteredMoreThanOnce()).isEqualTo(repeated);
    }

    @Test
    void otherConfiguredSharesAreMetToo() {
        for (double configured : new double[] {0.0, 0.12}) {
            GeneratedPopulation population = GeneratedPopulation.of(
                    DemoSettings.of(5, GeneratedPopulation.TODAY, 30_000).withDuplicateShare(configured));
            Map<String, List<GeneratedPopulation.Row>> byPerson = population.rowsByPerson();
            double share = (double) byPerson.values().stream()
                            .filter(rows -> rows.size() > 1)
                            .count()
                    / byPerson.size();

            assertThat(share).as("share configured as %s", configured).isCloseTo(configured, within(0.005));
        }
    }

    @Test
    void repeatedRegistrationsAreOtherHouseholdRecordsAtOtherSitesLaterOn() {
        GeneratedPopulation population = GeneratedPopulation.large();

        int pairs = 0;
        int partOfFamily = 0;
        Map<String, List<GeneratedPopulation.Row>> byHousehold = new java.util.HashMap<>();
        population.rows.forEach(row -> byHousehold
                .computeIfAbsent(row.get("household_key"), key -> new java.util.ArrayList<>())
                .add(row));
        for (List<GeneratedPopulation.Row> rows : population.rowsByPerson().values()) {
            GeneratedPopulation.Row first = rows.get(0);
            for (GeneratedPopulation.Row again : rows.subList(1, rows.size())) {
                assertThat(again.get("household_key")).isNotEqualTo(first.get("household_key"));
                assertThat(again.get("registration_site")).isNotEqualTo(first.get("registration_site"));
                assertThat(again.get("registered_on")).isGreaterThanOrEqualTo(first.get("registered_on"));
                if (byHousehold.get(again.get("household_key")).size()
                        < byHousehold.get(first.get("household_key")).size()) {
                    partOfFamily++;
                }
                pairs++;
            }
        }
        assertThat(pairs).isGreaterThan(10_000);
        assertThat(partOfFamily).as("registered again with part of the family").isGreaterThan(pairs / 5);
    }
}
