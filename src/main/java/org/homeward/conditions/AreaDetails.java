package org.homeward.conditions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.homeward.places.Place;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;
import org.springframework.stereotype.Service;

/** Builds the detail of one sub-district: values, sources side by side, history and trend. */
@Service
class AreaDetails {

    private static final int TREND_MONTHS = 6;
    private final ConditionsService conditions;
    private final AssessmentRepository repository;
    private final AreaStatusRules rules;
    private final PlaceLookup places;

    AreaDetails(
            ConditionsService conditions, AssessmentRepository repository, AreaStatusRules rules, PlaceLookup places) {
        this.conditions = conditions;
        this.repository = repository;
        this.rules = rules;
        this.places = places;
    }

    AreaDetail of(String pcode, Locale locale) {
        Place area = places.area(pcode)
                .filter(place -> place.level() == PlaceLevel.SUBDISTRICT)
                .orElseThrow(AreaNotFoundException::new);
        LocalDate today = conditions.today();
        List<Assessment> history = repository.forArea(area.pcode());
        List<AreaDetail.TrendPoint> trend = new ArrayList<>();
        // the end of each past month, oldest first, then today
        LocalDate monthEnd =
                today.withDayOfMonth(1).minusMonths(TREND_MONTHS - 1).minusDays(1);
        for (int i = 0; i < TREND_MONTHS - 1; i++) {
            monthEnd = monthEnd.plusDays(1).plusMonths(1).minusDays(1);
            trend.add(point(area.pcode(), history, monthEnd));
        }
        trend.add(point(area.pcode(), history, today));
        List<Assessment> newestFirst = history.stream()
                .sorted(Comparator.comparing(Assessment::assessedOn)
                        .reversed()
                        .thenComparing(Assessment::indicator)
                        .thenComparing(Assessment::sourceOrganisation))
                .toList();
        return new AreaDetail(
                area.name(locale.getLanguage()), rules.judge(area.pcode(), history, today), newestFirst, trend);
    }

    private AreaDetail.TrendPoint point(String pcode, List<Assessment> history, LocalDate on) {
        AreaConditions then = rules.judge(pcode, history, on);
        return new AreaDetail.TrendPoint(
                on, then.status(), then.index().map(ConditionIndex::score).orElse(null));
    }
}
