package org.homeward.conditions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicators an installation knows: its red lines, and the index's indicators with their weights and groups. */
final class IndicatorCatalogue {

    private final Map<String, IndicatorGroup> groups = new LinkedHashMap<>();
    private final Map<String, Integer> weights = new LinkedHashMap<>();

    IndicatorCatalogue(ConditionsProperties properties) {
        properties.redLines().forEach(indicator -> groups.put(indicator, IndicatorGroup.RED_LINE));
        add(properties.livelihoodsAndServices(), IndicatorGroup.LIVELIHOODS_AND_SERVICES);
        add(properties.safetyAndSocialCohesion(), IndicatorGroup.SAFETY_AND_SOCIAL_COHESION);
    }

    private void add(Map<String, Integer> indexWeights, IndicatorGroup group) {
        indexWeights.forEach((indicator, weight) -> {
            if (groups.containsKey(indicator)) {
                throw new IllegalArgumentException("The indicator " + indicator + " is configured twice");
            }
            if (weight == null || weight < 0) {
                throw new IllegalArgumentException("The weight of " + indicator + " must be zero or more");
            }
            groups.put(indicator, group);
            weights.put(indicator, weight);
        });
    }

    Optional<IndicatorGroup> group(String indicator) {
        return Optional.ofNullable(groups.get(indicator));
    }

    boolean isRedLine(String indicator) {
        return groups.get(indicator) == IndicatorGroup.RED_LINE;
    }

    int weight(String indicator) {
        return weights.getOrDefault(indicator, 0);
    }

    List<String> redLines() {
        return groups.entrySet().stream()
                .filter(entry -> entry.getValue() == IndicatorGroup.RED_LINE)
                .map(Map.Entry::getKey)
                .toList();
    }

    List<String> indexIndicators() {
        return List.copyOf(weights.keySet());
    }

    /** Every indicator, red lines first, in the configured order. */
    List<String> all() {
        return List.copyOf(groups.keySet());
    }
}
