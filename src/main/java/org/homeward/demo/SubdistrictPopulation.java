package org.homeward.demo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.homeward.places.GeoPoint;
import org.homeward.places.Place;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;

/**
 * Syria's 272 sub-districts with population weights and centroids, as the places reference data
 * gives them. Demos of other features (allocation, reception) use it to
 * place synthetic people and centres where people live.
 */
final class SubdistrictPopulation {

    private final List<PopulatedSubdistrict> subdistricts;
    private final Map<String, PopulatedSubdistrict> byPcode;
    private final WeightedSampler<PopulatedSubdistrict> byPopulation;

    SubdistrictPopulation(List<PopulatedSubdistrict> subdistricts) {
        this.subdistricts = subdistricts.stream()
                .sorted(Comparator.comparing(PopulatedSubdistrict::pcode))
                .toList();
        this.byPcode = this.subdistricts.stream()
                .collect(Collectors.toUnmodifiableMap(PopulatedSubdistrict::pcode, Function.identity()));
        this.byPopulation = WeightedSampler.of(this.subdistricts, PopulatedSubdistrict::population);
    }

    /** The sub-districts of the places reference data shipped with Homeward. */
    public static SubdistrictPopulation load() {
        return new SubdistrictPopulation(PlaceLookup.shipped().areasAt(PlaceLevel.SUBDISTRICT).stream()
                .map(SubdistrictPopulation::populated)
                .toList());
    }

    private static PopulatedSubdistrict populated(Place unit) {
        GeoPoint centroid = unit.centroid()
                .orElseThrow(() -> new IllegalStateException(
                        "The places reference data gives sub-district " + unit.pcode() + " no centroid"));
        return new PopulatedSubdistrict(
                unit.pcode(),
                unit.nameEn(),
                unit.nameAr(),
                unit.population() == null ? 0 : unit.population(),
                centroid.latitude(),
                centroid.longitude());
    }

    /** All sub-districts, ordered by P-code. */
    public List<PopulatedSubdistrict> all() {
        return subdistricts;
    }

    /** Each sub-district's share of the population (summing to 1), ordered by P-code. */
    public Map<String, Double> populationShares() {
        double total = subdistricts.stream()
                .mapToLong(PopulatedSubdistrict::population)
                .sum();
        return subdistricts.stream()
                .collect(Collectors.toMap(
                        PopulatedSubdistrict::pcode,
                        subdistrict -> subdistrict.population() / total,
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    public PopulatedSubdistrict byPcode(String pcode) {
        PopulatedSubdistrict subdistrict = byPcode.get(pcode);
        if (subdistrict == null) {
            throw new IllegalArgumentException("Unknown sub-district P-code " + pcode);
        }
        return subdistrict;
    }

    /** A sub-district drawn with probability proportional to its population. */
    public PopulatedSubdistrict sampleByPopulation(RandomGenerator random) {
        return byPopulation.sample(random);
    }

    /** A sampler with weights of the caller's choosing, e.g. population times a regional factor. */
    public WeightedSampler<PopulatedSubdistrict> weightedBy(ToDoubleFunction<PopulatedSubdistrict> weight) {
        return WeightedSampler.of(subdistricts, weight);
    }
}
