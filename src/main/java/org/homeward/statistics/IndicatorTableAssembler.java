package org.homeward.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.homeward.places.Place;
import org.homeward.places.PlaceLookup;
import org.homeward.statistics.suppression.CountTable;
import org.homeward.statistics.suppression.CumulativeSeries;
import org.homeward.statistics.suppression.SuppressionMask;
import org.springframework.stereotype.Component;

/** Turns protected counts into a table people can read: headings, hidden cells, totals, running totals and words. */
@Component
class IndicatorTableAssembler {

    private final StatisticsLabels labels;
    private final PlaceLookup places;
    private final IndicatorDefinitions definitions;

    IndicatorTableAssembler(StatisticsLabels labels, PlaceLookup places, IndicatorDefinitions definitions) {
        this.labels = labels;
        this.places = places;
        this.definitions = definitions;
    }

    IndicatorTable assemble(
            IndicatorQuery query,
            List<String> rowKeys,
            List<String> columnKeys,
            CountTable counts,
            SuppressionMask mask,
            int threshold,
            ReturnSummaryRefresher.Freshness freshness,
            Locale locale) {
        int rows = rowKeys.size();
        int columns = columnKeys.size();
        List<List<IndicatorTable.Cell>> cells = new ArrayList<>();
        List<IndicatorTable.Cell> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<IndicatorTable.Cell> line = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                line.add(IndicatorTable.Cell.of(counts.value(r, c), mask.isSuppressed(r, c)));
            }
            cells.add(line);
            rowTotals.add(IndicatorTable.Cell.of(counts.value(r, columns), mask.isSuppressed(r, columns)));
        }
        List<IndicatorTable.Cell> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnTotals.add(IndicatorTable.Cell.of(counts.value(rows, c), mask.isSuppressed(rows, c)));
        }
        IndicatorTable.Cell total = IndicatorTable.Cell.of(counts.grandTotal(), mask.isSuppressed(rows, columns));
        return new IndicatorTable(
                scope(query, locale),
                definitions.title(query, locale),
                definitions.definition(query, locale),
                query.effectiveCounting().label(),
                query.unit().name().toLowerCase(Locale.ROOT),
                definitions.protection(threshold, locale),
                parameter(query.rows()),
                parameter(query.columns()),
                headings(query.rows(), rowKeys, locale),
                headings(query.columns(), columnKeys, locale),
                cells,
                rowTotals,
                columnTotals,
                total,
                cumulative(query, counts, mask),
                threshold,
                freshness.refreshedAt(),
                freshness.daysWaiting());
    }

    /** Running totals of the row totals, when the rows are periods; hidden where they would give a hidden count away. */
    private static List<Long> cumulative(IndicatorQuery query, CountTable counts, SuppressionMask mask) {
        if (query.rows() == null || !query.rows().isTime()) {
            return null;
        }
        int rows = counts.rows();
        long[] values = new long[rows];
        boolean[] hidden = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            values[r] = counts.value(r, counts.columns());
            hidden[r] = mask.isSuppressed(r, counts.columns());
        }
        return Arrays.asList(CumulativeSeries.of(values, hidden, mask.isSuppressed(rows, counts.columns())));
    }

    private List<IndicatorTable.Heading> headings(TableDimension dimension, List<String> keys, Locale locale) {
        List<IndicatorTable.Heading> headings = new ArrayList<>();
        for (String key : keys) {
            Place area =
                    dimension != null && dimension.isArea() ? places.area(key).orElse(null) : null;
            headings.add(new IndicatorTable.Heading(
                    key,
                    labels.label(dimension, key, locale),
                    area == null ? null : area.latitude(),
                    area == null ? null : area.longitude()));
        }
        return headings;
    }

    private IndicatorTable.Scope scope(IndicatorQuery query, Locale locale) {
        String language = StatisticsLabels.language(locale);
        return new IndicatorTable.Scope(
                query.stage(),
                query.returnType() == null ? null : query.returnType().name(),
                query.from(),
                query.to(),
                query.area(),
                query.area() == null
                        ? labels.message("statistics.area.national", locale)
                        : labels.area(query.area(), locale),
                query.country(),
                query.country() == null ? null : CountryNames.name(query.country(), language));
    }

    private static String parameter(TableDimension dimension) {
        return dimension == null ? null : dimension.parameter();
    }
}
