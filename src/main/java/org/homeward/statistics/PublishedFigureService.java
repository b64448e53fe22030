package org.homeward.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures published by other bodies: records and changes them with their history, and sets each
 * beside the registry's own number for the same indicator, period and area, taken from the same
 * protected tables the dashboards show.
 */
@Service
public class PublishedFigureService {

    private final PublishedFigureRepository figures;
    private final PublishedFigureValidator validator;
    private final IndicatorService indicators;
    private final StatisticsLabels labels;
    private final ObjectProvider<ReceptionFiguresSource> reception;
    private final Clock clock;

    PublishedFigureService(
            PublishedFigureRepository figures,
            PublishedFigureValidator validator,
            IndicatorService indicators,
            StatisticsLabels labels,
            ObjectProvider<ReceptionFiguresSource> reception,
            Clock clock) {
        this.figures = figures;
        this.validator = validator;
        this.indicators = indicators;
        this.labels = labels;
        this.reception = reception;
        this.clock = clock;
    }

    @Transactional
    public PublishedFigure record(PublishedFigureRequest request, String actor) {
        PublishedFigureValidator.ValidFigure figure = validator.validate(request);
        Instant now = clock.instant();
        long id = figures.insert(figure, null, now, actor);
        figures.recordEvent(id, now, actor, PublishedFigureEventType.RECORDED, Map.of());
        return find(id);
    }

    @Transactional
    public PublishedFigure update(long id, PublishedFigureRequest request, String actor) {
        PublishedFigure before = find(id);
        if (request.version() == null || request.version() != before.version()) {
            throw PublishedFigureException.stale(id, before.version());
        }
        PublishedFigureValidator.ValidFigure figure = validator.validate(request);
        Instant now = clock.instant();
        if (figures.update(id, before.version(), figure, now, actor) == 0) {
            throw PublishedFigureException.stale(id, before.version());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before);
        figures.recordEvent(id, now, actor, PublishedFigureEventType.CHANGED, details);
        return find(id);
    }

    @Transactional(readOnly = true)
    public PublishedFigure find(long id) {
        return figures.find(id).orElseThrow(() -> PublishedFigureException.notFound(id));
    }

    @Transactional(readOnly = true)
    public List<PublishedFigure> all() {
        return figures.all();
    }

    /** Every published figure beside the registry's number; each registry table is read once for all the figures it answers. */
    public List<FigureComparison> comparisons(Locale locale) {
        return comparisons(locale, figure -> true);
    }

    /** The chosen figures beside the registry's numbers. */
    public List<FigureComparison> comparisons(Locale locale, Predicate<PublishedFigure> chosen) {
        Map<IndicatorQuery, IndicatorTable> tables = new HashMap<>();
        List<FigureComparison> comparisons = new ArrayList<>();
        for (PublishedFigure figure : all()) {
            if (chosen.test(figure)) {
                comparisons.add(compare(figure, tables, locale));
            }
        }
        return comparisons;
    }

    public FigureComparison comparison(long id, Locale locale) {
        return compare(find(id), new HashMap<>(), locale);
    }

    private FigureComparison compare(
            PublishedFigure figure, Map<IndicatorQuery, IndicatorTable> tables, Locale locale) {
        String indicatorLabel = labels.message(
                "statistics.figure.indicator." + figure.indicator().name(), locale);
        String areaLabel = areaLabel(figure, locale);
        if (figure.indicator().stage() == null) {
            OptionalLong places = receptionPlaces(figure);
            String definition = labels.message(
                    places.isPresent()
                            ? "statistics.figure.reception.definition"
                            : "statistics.figure.reception.unavailable",
                    locale);
            return comparison(
                    figure,
                    indicatorLabel,
                    areaLabel,
                    places.isPresent(),
                    places.isPresent()
                            ? IndicatorTable.Cell.of(
                                    places.getAsLong(), indicators.suppression().isSensitive(places.getAsLong()))
                            : null,
                    definition,
                    null);
        }
        IndicatorQuery query = query(figure);
        IndicatorTable table = tables.computeIfAbsent(query, key -> indicators.table(key, locale));
        IndicatorTable.Cell cell = pick(table, figure);
        return comparison(figure, indicatorLabel, areaLabel, true, cell, table.definition(), table.counting());
    }

    private static FigureComparison comparison(
            PublishedFigure figure,
            String indicatorLabel,
            String areaLabel,
            boolean counts,
            IndicatorTable.Cell cell,
            String definition,
            String counting) {
        Long value = cell == null ? null : cell.value();
        Long difference = value == null ? null : value - figure.value();
        Double percent = value == null || figure.value() == 0 ? null : 100.0 * value / figure.value();
        return new FigureComparison(
                figure,
                indicatorLabel,
                areaLabel,
                counts,
                value,
                cell != null && cell.suppressed(),
                difference,
                percent,
                definition,
                counting);
    }

    /** The registry table holding the comparable number: a national total, all units of a level, or all countries. */
    private static IndicatorQuery query(PublishedFigure figure) {
        IndicatorQuery total = IndicatorQuery.total(
                figure.indicator().stage(), figure.indicator().returnType(), figure.periodFrom(), figure.periodTo());
        return switch (figure.areaType()) {
            case NATIONAL -> total;
            case COUNTRY -> total.withRows(TableDimension.COUNTRY, null);
            case AREA ->
                total.withRows(
                        switch (figure.areaCode().length()) {
                            case 4 -> TableDimension.ADM1;
                            case 6 -> TableDimension.ADM2;
                            default -> TableDimension.ADM3;
                        },
                        null);
        };
    }

    private static IndicatorTable.Cell pick(IndicatorTable table, PublishedFigure figure) {
        if (figure.areaType() == FigureArea.NATIONAL) {
            return table.total();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            if (table.rows().get(r).key().equals(figure.areaCode())) {
                return table.rowTotals().get(r);
            }
        }
        // Nothing counted there: the table has no row for it, and a zero describes no one.
        return IndicatorTable.Cell.of(0, false);
    }

    private OptionalLong receptionPlaces(PublishedFigure figure) {
        ReceptionFiguresSource source = reception.getIfAvailable();
        String area = figure.areaType() == FigureArea.AREA ? figure.areaCode() : null;
        return source == null || figure.areaType() == FigureArea.COUNTRY
                ? OptionalLong.empty()
                : source.places(figure.periodTo(), area);
    }

    private String areaLabel(PublishedFigure figure, Locale locale) {
        return switch (figure.areaType()) {
            case NATIONAL -> labels.message("statistics.area.national", locale);
            case AREA -> labels.area(figure.areaCode(), locale) + " (" + figure.areaCode() + ")";
            case COUNTRY ->
                labels.message(
                        "statistics.figure.fromCountry",
                        locale,
                        CountryNames.name(figure.areaCode(), StatisticsLabels.language(locale)));
        };
    }
}
