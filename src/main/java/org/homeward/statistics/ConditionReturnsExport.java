package org.homeward.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.statistics.hxl.HxlColumn;
import org.springframework.stereotype.Component;

/**
 * Returns into red, amber, unknown and green areas laid flat for files: one row per period, one
 * column per group and one for every return, each value as the protected table published it (a
 * hidden count is an empty cell), the totals of each group as the total row.
 */
@Component
class ConditionReturnsExport {

    private final StatisticsLabels labels;
    private final IndicatorDefinitions definitions;
    private final Clock clock;

    ConditionReturnsExport(StatisticsLabels labels, IndicatorDefinitions definitions, Clock clock) {
        this.labels = labels;
        this.definitions = definitions;
        this.clock = clock;
    }

    FlatTable flat(ConditionReturns table, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            rows.add(line(
                    table.rows().get(r), table.cells().get(r), table.rowTotals().get(r)));
        }
        List<List<Object>> totals =
                List.of(line(labels.message("statistics.all", locale), table.groupTotals(), table.total()));
        return new FlatTable(
                labels.message("statistics.conditions.title", locale),
                columns(table, locale),
                rows,
                totals,
                definitions(table, locale));
    }

    private static List<Object> line(String period, List<IndicatorTable.Cell> cells, IndicatorTable.Cell all) {
        List<Object> line = new ArrayList<>();
        line.add(period);
        cells.forEach(cell -> line.add(cell.value()));
        line.add(all.value());
        return line;
    }

    /** The period, then a count per group tagged with the group as an attribute (+area_red), then every return. */
    private List<HxlColumn> columns(ConditionReturns table, Locale locale) {
        List<HxlColumn> columns = new ArrayList<>();
        columns.add(HxlColumn.of(labels.message("statistics.dimension." + table.period(), locale), "#date"));
        for (String group : table.groups()) {
            columns.add(HxlColumn.of(
                    labels.message("statistics.conditions.group." + group, locale),
                    HxlTags.count(
                            ReturnStage.RETURNED,
                            null,
                            CountUnit.INDIVIDUALS,
                            "area_" + group.toLowerCase(Locale.ROOT))));
        }
        columns.add(HxlColumn.of(
                labels.message("statistics.conditions.allReturns", locale),
                HxlTags.count(ReturnStage.RETURNED, null, CountUnit.INDIVIDUALS)));
        return columns;
    }

    private List<FlatTable.Definition> definitions(ConditionReturns table, Locale locale) {
        return List.of(
                new FlatTable.Definition(
                        labels.message("statistics.csv.indicator", locale),
                        labels.message("statistics.conditions.title", locale)),
                new FlatTable.Definition(
                        labels.message("statistics.csv.definition", locale),
                        labels.message("statistics.conditions.definition", locale)),
                new FlatTable.Definition(
                        labels.message("statistics.figures.period", locale), table.from() + " – " + table.to()),
                new FlatTable.Definition(
                        labels.message("statistics.csv.protection", locale),
                        definitions.protection(table.threshold(), locale) + " "
                                + labels.message("statistics.conditions.protection", locale)),
                new FlatTable.Definition(
                        labels.message("statistics.export.generated", locale),
                        clock.instant().toString()),
                new FlatTable.Definition(
                        labels.message("statistics.export.source", locale),
                        labels.message("statistics.conditions.source", locale)));
    }
}
