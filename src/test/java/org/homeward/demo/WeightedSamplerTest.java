package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WeightedSamplerTest {

    @Test
    void drawsInProportionToWeightsAndNeverAZeroWeight() {
        Map<String, Double> weights = Map.of("a", 6.0, "b", 3.0, "c", 0.0, "d", 1.0);
        WeightedSampler<String> sampler = WeightedSampler.of(List.of("a", "b", "c", "d"), weights::get);
        SplittableRandom random = new SplittableRandom(9);
        Map<String, Integer> counts = new TreeMap<>();
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(sampler.sample(random), 1, Integer::sum);
        }

        assertThat(counts).doesNotContainKey("c");
        assertThat(counts.get("a") / (double) draws).isCloseTo(0.6, within(0.01));
        assertThat(counts.get("b") / (double) draws).isCloseTo(0.3, within(0.01));
        assertThat(counts.get("d") / (double) draws).isCloseTo(0.1, within(0.01));
    }

    @Test
    void refusesNegativeOrAllZeroWeights() {
        assertThatThrownBy(() -> WeightedSampler.of(List.of("a"), item -> -1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeightedSampler.of(List.of("a", "b"), item -> 0.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
