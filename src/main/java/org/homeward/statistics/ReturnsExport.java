package org.homeward.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.homeward.statistics.ReturnCellRepository.Measure;
import org.homeward.statistics.hxl.HxlColumn;
import org.homeward.statistics.suppression.CountTable;
import org.homeward.statistics.suppression.SmallCellSuppression;
import org.homeward.statistics.suppression.SuppressionMask;
import org.springframework.stereotype.Component;

/**
 * The export table: one row per period, area, country or crossing (or pair of them), with
 * individuals, households, women and girls, men and boys, and children. Women, men and everyone
 * are protected with one pattern, because they add up; households and children each on their own.
 */
@Component
class ReturnsExport {

    private final ReturnCellRepository cells;
    private final TableAxis axis;
    private final StatisticsLabels labels;
    private final IndicatorDefinitions definitions;
    private final ReturnSummaryRefresher refresher;
    private final Clock clock;

    ReturnsExport(
            ReturnCellRepository cells,
            TableAxis axis,
            StatisticsLabels labels,
            IndicatorDefinitions definitions,
            ReturnSummaryRefresher refresher,
            Clock clock) {
        this.cells = cells;
        this.axis = axis;
        this.labels = labels;
        this.definitions = definitions;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** Counts laid on the rows and columns of the export's one or two dimensions. */
    private record Grid(List<String> rows, List<String> columns) {

        CountTable table(
                List<ReturnCellRepository.Count> counts, int depth, java.util.function.Predicate<String> lastKey) {
            return CountTable.of(fill(counts, depth, lastKey), columns.size());
        }

        private long[][] fill(
                List<ReturnCellRepository.Count> counts, int depth, java.util.function.Predicate<String> lastKey) {
            long[][] matrix = new long[rows.size()][columns.size()];
            for (ReturnCellRepository.Count count : counts) {
                if (lastKey != null && !lastKey.test(count.keys().get(depth))) {
                    continue;
                }
                int r = depth >= 1 ? rows.indexOf(count.keys().get(0)) : 0;
                int c = depth >= 2 ? columns.indexOf(count.keys().get(1)) : 0;
                if (r >= 0 && c >= 0) {
                    matrix[r][c] += count.value();
                }
            }
            return matrix;
        }
    }

    /** The export's counts on its grid, each with the pattern that protects it; sex and age only where the summary has them. */
    private record Measures(
            CountTable everyone,
            CountTable households,
            CountTable women,
            CountTable men,
            CountTable children,
            SuppressionMask people,
            SuppressionMask householdMask,
            SuppressionMask childMask) {

        boolean splits() {
            return women != null;
        }

        /** The published values at a place of the extended grid, in column order; null where hidden. */
        List<Object> values(int r, int c) {
            List<Object> values = new ArrayList<>();
            values.add(shown(everyone, people, r, c));
            values.add(shown(households, householdMask, r, c));
            if (splits()) {
                values.add(shown(women, people, r, c));
                values.add(shown(men, people, r, c));
                values.add(shown(children, childMask, r, c));
            }
            return values;
        }
    }

    FlatTable build(ExportRequest request, SmallCellSuppression suppression, Locale locale) {
        refresher.refreshPending();
        IndicatorQuery filters = request.filters();
        List<TableDimension> by = request.by();
        List<ReturnCellRepository.Count> individuals =
                cells.counts(filters, by, Measure.of(CountUnit.INDIVIDUALS, filters.counting()));
        Grid grid = grid(filters, by, individuals);
        Measures measures = measures(filters, by, grid, individuals, suppression);
        String counting = filters.effectiveCounting().label();
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows().size(); r++) {
            for (int c = 0; c < grid.columns().size(); c++) {
                rows.add(line(
                        keys(by, grid.rows().get(r), grid.columns().get(c), locale), measures.values(r, c), counting));
            }
        }
        List<List<Object>> totals = new ArrayList<>();
        int lastRow = grid.rows().size();
        int lastColumn = grid.columns().size();
        if (by.size() == 2) {
            for (int r = 0; r < lastRow; r++) {
                totals.add(line(keys(by, grid.rows().get(r), null, locale), measures.values(r, lastColumn), counting));
            }
            for (int c = 0; c < lastColumn; c++) {
                totals.add(line(keys(by, null, grid.columns().get(c), locale), measures.values(lastRow, c), counting));
            }
        }
        if (!by.isEmpty()) {
            totals.add(line(keys(by, null, null, locale), measures.values(lastRow, lastColumn), counting));
        }
        return new FlatTable(
                definitions.title(filters, locale),
                columns(filters, by, measures.splits(), locale),
                rows,
                totals,
                definitions(filters, measures.splits(), suppression, locale));
    }

    private Measures measures(
            IndicatorQuery filters,
            List<TableDimension> by,
            Grid grid,
            List<ReturnCellRepository.Count> individuals,
            SmallCellSuppression suppression) {
        int depth = by.size();
        Measure people = Measure.of(CountUnit.INDIVIDUALS, filters.counting());
        CountTable everyone = grid.table(individuals, depth, null);
        CountTable households = grid.table(cells.counts(filters, by, Measure.HOUSEHOLDS), depth, null);
        if (ReturnCellRepository.breakdown(filters, by) != TableDimension.Breakdown.TOTAL) {
            return new Measures(
                    everyone,
                    households,
                    null,
                    null,
                    null,
                    suppression.protect(everyone),
                    suppression.protect(households),
                    null);
        }
        List<ReturnCellRepository.Count> sexes = cells.counts(filters, extended(by, TableDimension.SEX), people);
        CountTable women = grid.table(sexes, depth, "F"::equals);
        CountTable men = grid.table(sexes, depth, "M"::equals);
        Set<String> young = new HashSet<>();
        for (AgeGroup group : AgeGroup.values()) {
            if (group.isChild()) {
                young.add(group.code());
            }
        }
        CountTable children = grid.table(
                cells.counts(filters, extended(by, TableDimension.AGE_GROUP), people), depth, young::contains);
        return new Measures(
                everyone,
                households,
                women,
                men,
                children,
                suppression.protectTogether(List.of(women, men, everyone)),
                suppression.protect(households),
                suppression.protect(children));
    }

    private static List<TableDimension> extended(List<TableDimension> by, TableDimension last) {
        List<TableDimension> dimensions = new ArrayList<>(by);
        dimensions.add(last);
        return dimensions;
    }

    private static List<Object> line(List<Object> keys, List<Object> values, String counting) {
        List<Object> line = new ArrayList<>(keys);
        line.addAll(values);
        line.add(counting);
        return line;
    }

    private Grid grid(IndicatorQuery filters, List<TableDimension> by, List<ReturnCellRepository.Count> counts) {
        List<String> rows = List.of("");
        List<String> columns = List.of("");
        for (int i = 0; i < by.size(); i++) {
            Set<String> present = new HashSet<>();
            for (ReturnCellRepository.Count count : counts) {
                present.add(count.keys().get(i));
            }
            List<String> keys = axis.keys(filters, by.get(i), present);
            if (i == 0) {
                rows = keys;
            } else {
                columns = keys;
            }
        }
        TableAxis.checkSize(rows.size(), columns.size());
        return new Grid(rows, columns);
    }

    private static Long shown(CountTable table, SuppressionMask mask, int r, int c) {
        return mask.isSuppressed(r, c) ? null : table.value(r, c);
    }

    /** The key columns of a row; a null key stands for the total along that dimension. */
    private List<Object> keys(List<TableDimension> by, String rowKey, String columnKey, Locale locale) {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < by.size(); i++) {
            String key = i == 0 ? rowKey : columnKey;
            TableDimension dimension = by.get(i);
            if (key == null) {
                keys.add(labels.message("statistics.all", locale));
                if (!dimension.isTime()) {
                    keys.add(null);
                }
            } else if (dimension.isTime()) {
                keys.add(key);
            } else {
                keys.add(labels.label(dimension, key, locale));
                keys.add(key.isEmpty() ? null : key);
            }
        }
        return keys;
    }

    private List<HxlColumn> columns(IndicatorQuery filters, List<TableDimension> by, boolean splits, Locale locale) {
        List<HxlColumn> columns = new ArrayList<>();
        for (TableDimension dimension : by) {
            columns.addAll(HxlTags.keyColumns(
                    dimension, labels.message("statistics.dimension." + dimension.parameter(), locale)));
        }
        ReturnStage stage = filters.stage();
        columns.add(HxlColumn.of(
                labels.message("statistics.export.individuals", locale),
                HxlTags.count(stage, filters.returnType(), CountUnit.INDIVIDUALS)));
        columns.add(HxlColumn.of(
                labels.message("statistics.export.households", locale),
                HxlTags.count(stage, filters.returnType(), CountUnit.HOUSEHOLDS)));
        if (splits) {
            columns.add(HxlColumn.of(
                    labels.message("statistics.export.women", locale),
                    HxlTags.count(stage, filters.returnType(), CountUnit.INDIVIDUALS, "f")));
            columns.add(HxlColumn.of(
                    labels.message("statistics.export.men", locale),
                    HxlTags.count(stage, filters.returnType(), CountUnit.INDIVIDUALS, "m")));
            columns.add(HxlColumn.of(
                    labels.message("statistics.export.children", locale),
                    HxlTags.count(stage, filters.returnType(), CountUnit.INDIVIDUALS, "children")));
        }
        columns.add(HxlColumn.of(labels.message("statistics.csv.counting", locale), "#meta+counting"));
        return columns;
    }

    private List<FlatTable.Definition> definitions(
            IndicatorQuery filters, boolean splits, SmallCellSuppression suppression, Locale locale) {
        List<FlatTable.Definition> list = new ArrayList<>();
        list.add(new FlatTable.Definition(
                labels.message("statistics.csv.indicator", locale), definitions.title(filters, locale)));
        list.add(new FlatTable.Definition(
                labels.message("statistics.csv.definition", locale), definitions.definition(filters, locale)));
        list.add(new FlatTable.Definition(
                labels.message("statistics.export.households", locale),
                labels.message("statistics.definition.households", locale)));
        if (splits) {
            list.add(new FlatTable.Definition(
                    labels.message("statistics.export.children", locale),
                    labels.message("statistics.export.children.definition", locale)));
            list.add(new FlatTable.Definition(
                    labels.message("statistics.export.ages", locale),
                    labels.message(
                            "statistics.definition.age." + filters.stage().name(), locale)));
        } else {
            list.add(new FlatTable.Definition(
                    labels.message("statistics.export.ages", locale),
                    labels.message("statistics.export.noSplits", locale)));
        }
        list.add(new FlatTable.Definition(
                labels.message("statistics.csv.counting", locale),
                filters.effectiveCounting().label() + ": "
                        + labels.message(
                                "statistics.definition.counting."
                                        + filters.effectiveCounting().name(),
                                locale)));
        list.add(new FlatTable.Definition(
                labels.message("statistics.csv.protection", locale),
                definitions.protection((int) suppression.threshold(), locale) + " "
                        + labels.message("statistics.export.protection.detail", locale)));
        ReturnSummaryRefresher.Freshness freshness = refresher.freshness();
        list.add(new FlatTable.Definition(
                labels.message("statistics.export.generated", locale),
                clock.instant().toString()
                        + (freshness.refreshedAt() == null
                                ? ""
                                : " ("
                                        + labels.message(
                                                "statistics.export.refreshed",
                                                locale,
                                                freshness.refreshedAt().toString())
                                        + ")")));
        list.add(new FlatTable.Definition(
                labels.message("statistics.export.source", locale),
                labels.message("statistics.export.source.text", locale)));
        return list;
    }
}
