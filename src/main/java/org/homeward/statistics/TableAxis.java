package org.homeward.statistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.homeward.places.Place;
import org.homeward.places.PlaceCodes;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;
import org.homeward.registry.ReturnType;
import org.springframework.stereotype.Component;

/**
 * The keys along the rows or columns of a table: every period of the query's span, every unit of
 * the level within the chosen area, every sex and age group, and the countries or crossings
 * present, so that a zero shows as a zero rather than as a gap.
 */
@Component
class TableAxis {

    /** Rows or columns beyond which a table is refused: a coarser period or a smaller area answers better. */
    static final int MOST_KEYS = 5000;
    /** Cells beyond which a table is refused: protection and reading stay well under a second below it. */
    static final int MOST_CELLS = 60_000;

    private final PlaceLookup places;

    TableAxis(PlaceLookup places) {
        this.places = places;
    }

    List<String> keys(IndicatorQuery query, TableDimension dimension, Set<String> present) {
        if (dimension == null) {
            return List.of("");
        }
        Set<String> keys = new LinkedHashSet<>(
                switch (dimension) {
                    case DAY, WEEK, MONTH, YEAR -> periods(query, dimension);
                    case ADM1, ADM2, ADM3 ->
                        places.areasAt(PlaceLevel.values()[dimension.areaLevel() - 1]).stream()
                                .map(Place::pcode)
                                .filter(pcode -> query.area() == null || PlaceCodes.isWithin(pcode, query.area()))
                                .toList();
                    case RETURN_TYPE ->
                        query.returnType() != null
                                ? List.of(query.returnType().name())
                                : List.of(ReturnType.REFUGEE.name(), ReturnType.IDP.name());
                    case SEX -> List.of("F", "M");
                    case AGE_GROUP -> AgeGroup.codes();
                    case COUNTRY -> query.country() != null ? List.of(query.country()) : List.of();
                    case CROSSING -> List.of();
                });
        // Anything the summary holds that the lists above lack (a country, a coarse destination, OTHER), sorted after
        // them.
        Set<String> extra = new TreeSet<>(present);
        extra.removeAll(keys);
        keys.addAll(extra);
        if (keys.size() > MOST_KEYS) {
            throw IndicatorQueryException.of(
                    dimension.isTime() ? "from" : "rows",
                    StatisticsProblemCode.STATISTICS_TABLE_TOO_LARGE,
                    "The table would have " + keys.size()
                            + " rows or columns; choose a coarser period or a smaller area");
        }
        return List.copyOf(keys);
    }

    static void checkSize(int rows, int columns) {
        if ((long) rows * columns > MOST_CELLS) {
            throw IndicatorQueryException.of(
                    "columns",
                    StatisticsProblemCode.STATISTICS_TABLE_TOO_LARGE,
                    "The table would have " + rows * columns
                            + " cells; choose a coarser period, a smaller area or fewer columns");
        }
    }

    private static List<String> periods(IndicatorQuery query, TableDimension dimension) {
        long span = java.time.temporal.ChronoUnit.DAYS.between(query.from(), query.to());
        if (dimension == TableDimension.DAY && span >= MOST_KEYS
                || dimension == TableDimension.WEEK && span / 7 >= MOST_KEYS) {
            throw IndicatorQueryException.of(
                    "from",
                    StatisticsProblemCode.STATISTICS_TABLE_TOO_LARGE,
                    "Too many " + dimension.parameter() + "s in the period; choose a coarser period");
        }
        List<String> keys = new ArrayList<>();
        LocalDate cursor = start(query.from(), dimension);
        while (!cursor.isAfter(query.to())) {
            keys.add(key(cursor, dimension));
            cursor = switch (dimension) {
                case DAY -> cursor.plusDays(1);
                case WEEK -> cursor.plusWeeks(1);
                case MONTH -> cursor.plusMonths(1);
                default -> cursor.plusYears(1);
            };
        }
        return keys;
    }

    private static LocalDate start(LocalDate day, TableDimension dimension) {
        return switch (dimension) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
            default -> day;
        };
    }

    /** The key the summary's SQL gives a period; the two must agree (see {@link ReturnCellRepository#expression}). */
    static String key(LocalDate start, TableDimension dimension) {
        return switch (dimension) {
            case DAY -> start.toString();
            case WEEK ->
                String.format(
                        "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            default -> String.valueOf(start.getYear());
        };
    }
}
