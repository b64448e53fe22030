package org.homeward.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.homeward.places.PlaceLevel;
import org.homeward.registry.ReturnType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics dashboard, for every signed-in role: headline numbers, charts, filters, the published figures of the period. */
@Controller
@PreAuthorize("isAuthenticated()")
class StatisticsPageController {

    /** The planned-against-actual rows the page shows; the export has every row. */
    private static final int PLANNED_ROWS_SHOWN = 60;

    private final IndicatorService indicators;
    private final PublishedFigureService figures;
    private final ObjectProvider<ReceptionFiguresSource> reception;
    private final ConditionReturnsService conditionReturns;
    private final PlannedReturnsService plannedReturns;
    private final Clock clock;
    private final org.homeward.places.PlaceLookup places;

    StatisticsPageController(
            IndicatorService indicators,
            PublishedFigureService figures,
            ObjectProvider<ReceptionFiguresSource> reception,
            ConditionReturnsService conditionReturns,
            PlannedReturnsService plannedReturns,
            Clock clock,
            org.homeward.places.PlaceLookup places) {
        this.places = places;
        this.indicators = indicators;
        this.figures = figures;
        this.reception = reception;
        this.conditionReturns = conditionReturns;
        this.plannedReturns = plannedReturns;
        this.clock = clock;
    }

    @GetMapping("/statistics")
    String dashboard(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        IndicatorQuery filters = filters(parameters, today, model);
        TableDimension grain = TableDimension.parse(parameters.get("grain"))
                .filter(TableDimension::isTime)
                .orElse(TableDimension.MONTH);
        model.addAttribute("filters", filters);
        model.addAttribute("grain", grain.parameter());
        Map<String, String> governorates = new java.util.LinkedHashMap<>();
        places.areasAt(PlaceLevel.GOVERNORATE)
                .forEach(area -> governorates.put(area.pcode(), area.name(StatisticsLabels.language(locale))));
        model.addAttribute("governorates", governorates);
        model.addAttribute("charts", DashboardCharts.of(filters, grain));
        model.addAttribute("headline", headline(filters, locale));
        model.addAttribute(
                "comparisons",
                figures.comparisons(locale, figure -> overlaps(figure, filters)).stream()
                        .limit(12)
                        .toList());
        model.addAttribute("exports", DashboardCharts.exports(filters));
        model.addAttribute("occupancy", occupancy(today, filters.area()));
        model.addAttribute(
                "conditionReturns",
                conditionReturns
                        .table(filters.from(), filters.to(), TableDimension.MONTH)
                        .orElse(null));
        model.addAttribute(
                "plannedReturns",
                plannedReturns.table(filters.from(), filters.to()).orElse(null));
        model.addAttribute("plannedRowsShown", PLANNED_ROWS_SHOWN);
        model.addAttribute("crossingNames", places.crossingNames(locale.getLanguage()));
        return "statistics/dashboard";
    }

    /** The filters asked for, from 1 January of last year to today by default; the defaults, with the problems, when they are wrong. */
    private static IndicatorQuery filters(Map<String, String> parameters, LocalDate today, Model model) {
        Map<String, String> chosen = new HashMap<>(parameters);
        String defaultStart = today.minusYears(1).withDayOfYear(1).toString();
        chosen.putIfAbsent("from", defaultStart);
        chosen.keySet().removeAll(List.of("rows", "columns", "stage", "unit"));
        try {
            return IndicatorQueryReader.read(chosen, today);
        } catch (IndicatorQueryException problems) {
            model.addAttribute("problems", problems.fieldProblems());
            return IndicatorQueryReader.read(Map.of("from", defaultStart), today);
        }
    }

    /** The period's totals: refugee and IDP returns in individuals, and all returns in households. */
    private List<IndicatorTable> headline(IndicatorQuery filters, Locale locale) {
        return List.of(
                indicators.table(
                        total(filters, ReturnStage.RETURNED, ReturnType.REFUGEE, CountUnit.INDIVIDUALS), locale),
                indicators.table(total(filters, ReturnStage.RETURNED, ReturnType.IDP, CountUnit.INDIVIDUALS), locale),
                indicators.table(
                        total(filters, ReturnStage.RETURNED, filters.returnType(), CountUnit.HOUSEHOLDS), locale),
                indicators.table(
                        total(filters, ReturnStage.PENDING, filters.returnType(), CountUnit.INDIVIDUALS), locale));
    }

    private static IndicatorQuery total(IndicatorQuery filters, ReturnStage stage, ReturnType type, CountUnit unit) {
        return new IndicatorQuery(
                stage,
                type,
                filters.from(),
                filters.to(),
                filters.area(),
                null,
                null,
                null,
                unit,
                unit == CountUnit.HOUSEHOLDS ? Counting.REGISTRATIONS : filters.counting());
    }

    /** Today's reception occupancy, protected like any count; empty when the reception records are not connected. */
    private IndicatorTable.Cell occupancy(LocalDate today, String area) {
        ReceptionFiguresSource source = reception.getIfAvailable();
        OptionalLong persons = source == null ? OptionalLong.empty() : source.occupancy(today, area);
        return persons.isEmpty()
                ? null
                : IndicatorTable.Cell.of(
                        persons.getAsLong(), indicators.suppression().isSensitive(persons.getAsLong()));
    }

    private static boolean overlaps(PublishedFigure figure, IndicatorQuery filters) {
        return !figure.periodFrom().isAfter(filters.to()) && !figure.periodTo().isBefore(filters.from());
    }
}
