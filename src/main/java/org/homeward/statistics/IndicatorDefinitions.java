package org.homeward.statistics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The words shown next to every number: what was counted, from when to when, where, and how. */
@Component
class IndicatorDefinitions {

    private final StatisticsLabels labels;

    IndicatorDefinitions(StatisticsLabels labels) {
        this.labels = labels;
    }

    String title(IndicatorQuery query, Locale locale) {
        String type = query.returnType() == null ? "ALL" : query.returnType().name();
        return labels.message("statistics.title." + query.stage().name() + "." + type, locale);
    }

    /** The full definition: stage and return type, counting, unit, ages, period and area. */
    String definition(IndicatorQuery query, Locale locale) {
        List<String> parts = new ArrayList<>();
        String type = query.returnType() == null ? "ALL" : query.returnType().name();
        parts.add(labels.message("statistics.definition." + query.stage().name() + "." + type, locale));
        parts.add(labels.message(
                "statistics.definition.counting." + query.effectiveCounting().name(), locale));
        parts.add(labels.message("statistics.definition.consent", locale));
        if (query.unit() == CountUnit.HOUSEHOLDS) {
            parts.add(labels.message("statistics.definition.households", locale));
        }
        if (usesAges(query)) {
            parts.add(
                    labels.message("statistics.definition.age." + query.stage().name(), locale));
        }
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
        parts.add(labels.message(
                "statistics.definition.period",
                locale,
                query.from().format(day),
                query.to().format(day)));
        parts.add(
                query.area() == null
                        ? labels.message("statistics.definition.national", locale)
                        : labels.message(
                                "statistics.definition.area", locale, labels.area(query.area(), locale), query.area()));
        if (query.country() != null) {
            parts.add(labels.message(
                    "statistics.definition.country",
                    locale,
                    CountryNames.name(query.country(), StatisticsLabels.language(locale)),
                    query.country()));
        }
        return String.join(" ", parts);
    }

    String protection(int threshold, Locale locale) {
        return labels.message("statistics.definition.protection", locale, threshold - 1);
    }

    private static boolean usesAges(IndicatorQuery query) {
        return query.rows() == TableDimension.AGE_GROUP || query.columns() == TableDimension.AGE_GROUP;
    }
}
