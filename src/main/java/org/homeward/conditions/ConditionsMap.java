package org.homeward.conditions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.places.Place;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;
import org.homeward.reception.CentreService;
import org.homeward.statistics.IndicatorQuery;
import org.homeward.statistics.IndicatorService;
import org.homeward.statistics.IndicatorTable;
import org.homeward.statistics.ReturnStage;
import org.homeward.statistics.TableDimension;
import org.springframework.stereotype.Service;

/**
 * Assembles the conditions map: every sub-district with a centroid, its status and index today,
 * and its returns of the last twelve months as statistics publishes them (small cells hidden);
 * the crossing points from places and the reception centres from reception.
 */
@Service
class ConditionsMap {

    private final ConditionsService conditions;
    private final PlaceLookup places;
    private final IndicatorService statistics;
    private final CentreService centres;

    ConditionsMap(
            ConditionsService conditions, PlaceLookup places, IndicatorService statistics, CentreService centres) {
        this.conditions = conditions;
        this.places = places;
        this.statistics = statistics;
        this.centres = centres;
    }

    MapData draw(Locale locale) {
        LocalDate today = conditions.today();
        String language = "ar".equals(locale.getLanguage()) ? "ar" : "en";
        Map<String, AreaConditions> areas = conditions.everyArea(today);
        Map<String, IndicatorTable.Cell> returns = returnsByArea(today, locale);
        List<MapPoint> points = places.areasAt(PlaceLevel.SUBDISTRICT).stream()
                .filter(place -> place.latitude() != null && place.longitude() != null)
                .map(place -> point(place, language, areas.get(place.pcode()), returns.get(place.pcode())))
                .toList();
        List<MapData.Marker> crossings = places.crossings().stream()
                .filter(crossing -> crossing.latitude() != null && crossing.longitude() != null)
                .map(crossing -> new MapData.Marker(
                        crossing.code(), crossing.name(language), crossing.latitude(), crossing.longitude()))
                .toList();
        List<MapData.Marker> receptionCentres = centres.overview().stream()
                .map(occupancy -> occupancy.centre())
                .map(centre -> new MapData.Marker(
                        centre.code(),
                        "ar".equals(language) ? centre.nameAr() : centre.nameEn(),
                        centre.latitude(),
                        centre.longitude()))
                .toList();
        return new MapData(today, points, crossings, receptionCentres);
    }

    private static MapPoint point(Place place, String language, AreaConditions area, IndicatorTable.Cell returns) {
        AreaStatus status = area == null ? AreaStatus.UNKNOWN : area.status();
        Integer index =
                area == null ? null : area.index().map(ConditionIndex::score).orElse(null);
        boolean hidden = returns != null && returns.suppressed();
        Long count = returns == null ? Long.valueOf(0) : returns.value();
        return new MapPoint(
                place.pcode(),
                place.name(language),
                place.latitude(),
                place.longitude(),
                status.name(),
                index,
                count,
                hidden);
    }

    /** Returns of the last twelve months by destination sub-district, protected by statistics' small-cell rules. */
    private Map<String, IndicatorTable.Cell> returnsByArea(LocalDate today, Locale locale) {
        IndicatorQuery query = IndicatorQuery.total(
                        ReturnStage.RETURNED, null, today.minusYears(1).plusDays(1), today)
                .withRows(TableDimension.ADM3, null);
        IndicatorTable table = statistics.table(query, locale);
        Map<String, IndicatorTable.Cell> byArea = new HashMap<>();
        for (int row = 0; row < table.rows().size(); row++) {
            byArea.put(table.rows().get(row).key(), table.cells().get(row).get(0));
        }
        return byArea;
    }
}
