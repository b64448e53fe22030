package org.homeward.conditions;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that turn an area's assessments into its status and index on a day. Plain Java: red
 * wins over any index; values past their age do not count; an area with nothing current is
 * unknown; sources that disagree are kept side by side and never averaged.
 */
final class AreaStatusRules {

    private final IndicatorCatalogue catalogue;
    private final long staleAfterDays;

    AreaStatusRules(IndicatorCatalogue catalogue, Duration staleAfter) {
        this.catalogue = catalogue;
        this.staleAfterDays = staleAfter.toDays();
    }

    /** Judges one sub-district from all its assessments (any order, any age) as things stand on {@code on}. */
    AreaConditions judge(String subdistrictPcode, List<Assessment> history, LocalDate on) {
        Map<String, Assessment> latestPerSeries = latestPerSeries(history, on);
        LocalDate oldestCounted = on.minusDays(staleAfterDays);
        List<Assessment> current = new ArrayList<>();
        int stale = 0;
        for (Assessment latest : latestPerSeries.values()) {
            if (latest.assessedOn().isBefore(oldestCounted)) {
                stale++;
            } else {
                current.add(latest);
            }
        }
        List<IndicatorReadings> readings = readings(current);
        List<Assessment> present = current.stream()
                .filter(value -> catalogue.isRedLine(value.indicator()) && value.saysPresent())
                .toList();
        List<String> unconfirmed = catalogue.redLines().stream()
                .filter(redLine ->
                        current.stream().noneMatch(value -> value.indicator().equals(redLine)))
                .toList();
        AreaStatus status = status(current, present, unconfirmed);
        Optional<LocalDate> latest =
                current.stream().map(Assessment::assessedOn).max(Comparator.naturalOrder());
        return new AreaConditions(
                subdistrictPcode, on, status, present, unconfirmed, index(readings), readings, stale, latest);
    }

    private static AreaStatus status(List<Assessment> current, List<Assessment> present, List<String> unconfirmed) {
        if (!present.isEmpty()) {
            return AreaStatus.RED;
        }
        if (current.isEmpty()) {
            return AreaStatus.UNKNOWN;
        }
        return unconfirmed.isEmpty() ? AreaStatus.GREEN : AreaStatus.AMBER;
    }

    /** The newest value of each source's series up to the day; values assessed after the day are not yet known. */
    private Map<String, Assessment> latestPerSeries(List<Assessment> history, LocalDate on) {
        Map<String, Assessment> latest = new LinkedHashMap<>();
        history.stream()
                .filter(value -> catalogue.group(value.indicator()).isPresent())
                .filter(value -> !value.assessedOn().isAfter(on))
                .sorted(Comparator.comparing(Assessment::assessedOn))
                .forEach(value -> latest.put(value.seriesKey(), value));
        return latest;
    }

    private List<IndicatorReadings> readings(List<Assessment> current) {
        List<IndicatorReadings> readings = new ArrayList<>();
        for (String indicator : catalogue.all()) {
            List<Assessment> values = current.stream()
                    .filter(value -> value.indicator().equals(indicator))
                    .sorted(Comparator.comparing(Assessment::assessedOn)
                            .reversed()
                            .thenComparing(Assessment::sourceOrganisation))
                    .toList();
            if (!values.isEmpty()) {
                boolean disagree = values.stream()
                                .map(value -> value.value().stripTrailingZeros())
                                .distinct()
                                .count()
                        > 1;
                readings.add(new IndicatorReadings(
                        indicator, catalogue.group(indicator).orElseThrow(), values, disagree));
            }
        }
        return readings;
    }

    /** The weighted mean of the index indicators with current values; each counts its least favourable value. */
    private Optional<ConditionIndex> index(List<IndicatorReadings> readings) {
        Map<String, Double> counted = new LinkedHashMap<>();
        for (IndicatorReadings reading : readings) {
            if (reading.group() != IndicatorGroup.RED_LINE && catalogue.weight(reading.indicator()) > 0) {
                // Sources that disagree are not averaged: the index, which only ranks, takes the worse account.
                counted.put(
                        reading.indicator(),
                        reading.current().stream()
                                .mapToDouble(value -> value.value().doubleValue())
                                .min()
                                .orElseThrow());
            }
        }
        int totalWeight = counted.keySet().stream().mapToInt(catalogue::weight).sum();
        if (totalWeight == 0) {
            return Optional.empty();
        }
        double score = 0;
        List<ConditionIndex.Factor> factors = new ArrayList<>();
        for (Map.Entry<String, Double> entry : counted.entrySet()) {
            int weight = catalogue.weight(entry.getKey());
            score += weight * entry.getValue() / totalWeight;
            factors.add(new ConditionIndex.Factor(
                    entry.getKey(), entry.getValue(), weight, weight * (100 - entry.getValue()) / totalWeight));
        }
        factors.sort(
                Comparator.comparingDouble(ConditionIndex.Factor::pointsLost).reversed());
        List<String> missing = catalogue.indexIndicators().stream()
                .filter(indicator -> catalogue.weight(indicator) > 0 && !counted.containsKey(indicator))
                .toList();
        return Optional.of(new ConditionIndex((int) Math.round(score), factors, missing));
    }
}
