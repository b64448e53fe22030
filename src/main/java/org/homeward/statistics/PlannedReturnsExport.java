package org.homeward.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.homeward.statistics.hxl.HxlColumn;
import org.springframework.stereotype.Component;

/**
 * Planned against actual returns laid flat for files: one row per plan, country of asylum, crossing
 * and week with the persons planned (tagged {@code #targeted}) and the protected counts of persons
 * scheduled, boarded and arrived (a hidden count is an empty cell); the period's totals as the total row.
 */
@Component
class PlannedReturnsExport {

    private final StatisticsLabels labels;
    private final IndicatorDefinitions definitions;
    private final Clock clock;

    PlannedReturnsExport(StatisticsLabels labels, IndicatorDefinitions definitions, Clock clock) {
        this.labels = labels;
        this.definitions = definitions;
        this.clock = clock;
    }

    FlatTable flat(PlannedReturns table, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlannedReturns.Row row : table.rows()) {
            rows.add(line(row, locale));
        }
        return new FlatTable(
                labels.message("statistics.plans.title", locale),
                columns(locale),
                rows,
                List.of(line(table.total(), locale)),
                definitions(table, locale));
    }

    /** The names and codes of a row's plan, country, crossing and week (the total row: "all"), then its counts. */
    private List<Object> line(PlannedReturns.Row row, Locale locale) {
        List<Object> line = new ArrayList<>();
        if (row.plan() == null) {
            line.add(labels.message("statistics.all", locale));
            line.addAll(Arrays.asList(null, null, null, null, null));
        } else {
            line.add(row.plan());
            line.add(labels.label(TableDimension.COUNTRY, row.asylumCountry(), locale));
            line.add(row.asylumCountry().isEmpty() ? null : row.asylumCountry());
            line.add(crossing(row.crossingCode(), locale));
            line.add(row.crossingCode().isEmpty() ? null : row.crossingCode());
            line.add(row.week());
        }
        line.add(row.planned());
        line.add(row.scheduled().value());
        line.add(row.boarded().value());
        line.add(row.arrived().value());
        return line;
    }

    private String crossing(String code, Locale locale) {
        return code.isEmpty()
                ? labels.message("statistics.plans.anyCrossing", locale)
                : labels.label(TableDimension.CROSSING, code, locale);
    }

    private List<HxlColumn> columns(Locale locale) {
        String country = labels.message("statistics.dimension.country", locale);
        String crossing = labels.message("statistics.dimension.crossing", locale);
        return List.of(
                HxlColumn.of(labels.message("statistics.plans.plan", locale), "#activity+plan+name"),
                HxlColumn.of(country, "#country+asylum+name"),
                HxlColumn.of(country + " code", "#country+asylum+code"),
                HxlColumn.of(crossing, "#loc+crossing+name"),
                HxlColumn.of(crossing + " code", "#loc+crossing+code"),
                HxlColumn.of(labels.message("statistics.dimension.week", locale), "#date+week"),
                HxlColumn.of(labels.message("statistics.plans.planned", locale), "#targeted+returnees+planned+ind"),
                HxlColumn.of(labels.message("statistics.plans.scheduled", locale), "#affected+returnees+scheduled+ind"),
                HxlColumn.of(labels.message("statistics.plans.boarded", locale), "#affected+returnees+boarded+ind"),
                HxlColumn.of(labels.message("statistics.plans.arrived", locale), "#affected+returnees+arrived+ind"));
    }

    private List<FlatTable.Definition> definitions(PlannedReturns table, Locale locale) {
        return List.of(
                new FlatTable.Definition(
                        labels.message("statistics.csv.indicator", locale),
                        labels.message("statistics.plans.title", locale)),
                new FlatTable.Definition(
                        labels.message("statistics.csv.definition", locale),
                        labels.message("statistics.plans.definition", locale)),
                new FlatTable.Definition(
                        labels.message("statistics.figures.period", locale), table.from() + " – " + table.to()),
                new FlatTable.Definition(
                        labels.message("statistics.csv.protection", locale),
                        definitions.protection(table.threshold(), locale) + " "
                                + labels.message("statistics.plans.protection", locale)),
                new FlatTable.Definition(
                        labels.message("statistics.export.generated", locale),
                        clock.instant().toString()),
                new FlatTable.Definition(
                        labels.message("statistics.export.source", locale),
                        labels.message("statistics.plans.source", locale)));
    }
}
