package org.homeward.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.homeward.statistics.hxl.HxlColumn;
import org.springframework.stereotype.Component;

/** Published figures beside the registry's numbers, laid out as an HXL table. */
@Component
class FigureComparisonCsv {

    private final StatisticsLabels labels;

    FigureComparisonCsv(StatisticsLabels labels) {
        this.labels = labels;
    }

    FlatTable layout(List<FigureComparison> comparisons, Locale locale) {
        List<HxlColumn> columns = List.of(
                column("indicator", "#indicator+name", locale),
                column("indicatorCode", "#indicator+code", locale),
                column("from", "#date+start", locale),
                column("to", "#date+end", locale),
                column("area", "#loc+name", locale),
                column("areaCode", "#loc+code", locale),
                column("published", "#indicator+value+published", locale),
                column("registry", "#indicator+value+registry", locale),
                column("difference", "#indicator+value+difference", locale),
                column("source", "#org+name", locale),
                column("publishedOn", "#date+reported", locale),
                column("citation", "#meta+source", locale),
                column("link", "#meta+url", locale),
                column("note", "#description+published", locale),
                column("counting", "#meta+counting", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (FigureComparison comparison : comparisons) {
            PublishedFigure figure = comparison.figure();
            rows.add(Arrays.asList(
                    comparison.indicatorLabel(),
                    figure.indicator().name(),
                    figure.periodFrom(),
                    figure.periodTo(),
                    comparison.areaLabel(),
                    figure.areaCode(),
                    figure.value(),
                    comparison.registryValue(),
                    comparison.difference(),
                    figure.sourceOrganisation(),
                    figure.publishedOn(),
                    figure.citation(),
                    figure.link(),
                    figure.definitionNote(),
                    comparison.counting()));
        }
        return new FlatTable(
                labels.message("statistics.figures.title", locale),
                columns,
                rows,
                List.of(),
                List.of(new FlatTable.Definition(
                        labels.message("statistics.csv.protection", locale),
                        labels.message("statistics.figures.protection", locale))));
    }

    private HxlColumn column(String key, String hashtag, Locale locale) {
        return HxlColumn.of(labels.message("statistics.figures.column." + key, locale), hashtag);
    }
}
