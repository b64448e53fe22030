package org.homeward.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Syria's 272 sub-districts with population weights and centroids, read from
 * {@code places/subdistricts.json}. Demos of other features (allocation, reception) use it to
 * place synthetic people and centres where people live.
 */
public final class SubdistrictPopulation {

    private static final String RESOURCE = "/places/subdistricts.json";

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

    /** Reads the sub-districts shipped with Homeward. */
    public static SubdistrictPopulation load() {
        try (InputStream stream = DemoResources.open(RESOURCE)) {
            JsonNode root = JsonMapper.builder().build().readTree(stream);
            List<PopulatedSubdistrict> subdistricts = new ArrayList<>();
            for (JsonNode node : root) {
                subdistricts.add(read(node));
            }
            return new SubdistrictPopulation(subdistricts);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    private static PopulatedSubdistrict read(JsonNode node) {
        JsonNode population = node.path("population").path("value");
        return new PopulatedSubdistrict(
                node.path("externalIds").path("ochaPcode").asString(),
                node.path("name").path("en").asString(),
                node.path("name").path("ar").asString(),
                population.isNumber() ? population.asLong() : 0,
                node.path("centroid").path("latitude").asDouble(),
                node.path("centroid").path("longitude").asDouble());
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
