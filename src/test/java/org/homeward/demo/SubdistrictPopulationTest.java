package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SubdistrictPopulationTest {

    private final SubdistrictPopulation places = SubdistrictPopulation.load();

    @Test
    void readsAllSubdistrictsWithPcodesNamesAndCentroids() {
        assertThat(places.all()).hasSize(272).allSatisfy(subdistrict -> {
            assertThat(subdistrict.pcode()).matches("SY\\d{6}");
            assertThat(subdistrict.districtPcode())
                    .isEqualTo(subdistrict.pcode().substring(0, 6));
            assertThat(subdistrict.nameEnglish()).isNotBlank();
            assertThat(subdistrict.nameArabic()).isNotBlank();
            assertThat(subdistrict.latitude()).isBetween(32.0, 37.5);
            assertThat(subdistrict.longitude()).isBetween(35.5, 42.5);
        });
        assertThat(places.byPcode("SY080000").nameEnglish()).isNotBlank();
    }

    @Test
    void sharesFollowPopulationAndSumToOne() {
        Map<String, Double> shares = places.populationShares();
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));

        SplittableRandom random = new SplittableRandom(8);
        Map<String, Integer> counts = new HashMap<>();
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(places.sampleByPopulation(random).pcode(), 1, Integer::sum);
        }
        PopulatedSubdistrict largest = places.all().stream()
                .max(java.util.Comparator.comparingLong(PopulatedSubdistrict::population))
                .orElseThrow();
        assertThat(counts.get(largest.pcode()) / (double) draws).isCloseTo(shares.get(largest.pcode()), within(0.003));
        places.all().stream()
                .filter(subdistrict -> subdistrict.population() == 0)
                .forEach(empty -> assertThat(counts).doesNotContainKey(empty.pcode()));
    }

    @Test
    void measuresDistancesInKilometres() {
        PopulatedSubdistrict damascus = places.byPcode("SY010000");
        // Aleppo lies about 310 km north of Damascus.
        assertThat(damascus.kilometresTo(36.20, 37.16)).isBetween(280.0, 340.0);
    }
}
