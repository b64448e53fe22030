package org.homeward.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.database.FiguresDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads counts from the summary of returns, grouped by the rows and columns a query asks for; from
 * the figures' database (the replica, when there is one).
 */
@Repository
class ReturnCellRepository {

    /** One count of the summary: the keys of its place along each dimension asked for, in order. */
    record Count(List<String> keys, long value) {}

    /** What a count adds up: individual records, deduplicated persons, or households (through their principal). */
    enum Measure {
        INDIVIDUALS("individuals"),
        PERSONS("persons"),
        HOUSEHOLDS("households");

        private final String column;

        Measure(String column) {
            this.column = column;
        }

        static Measure of(CountUnit unit, Counting counting) {
            return unit == CountUnit.HOUSEHOLDS ? HOUSEHOLDS : counting == Counting.PERSONS ? PERSONS : INDIVIDUALS;
        }
    }

    private final JdbcClient jdbc;

    ReturnCellRepository(FiguresDatabase figures) {
        this.jdbc = figures.jdbc();
    }

    /** Counts of a query along its rows and columns. */
    List<Count> counts(IndicatorQuery query) {
        List<TableDimension> dimensions = new ArrayList<>();
        query.rowDimension().ifPresent(dimensions::add);
        query.columnDimension().ifPresent(dimensions::add);
        return counts(query, dimensions, Measure.of(query.unit(), query.counting()));
    }

    /**
     * Counts within a query's filters (stage, return type, period, area, country) along any
     * dimensions the summary holds together; the query's own rows and columns are ignored.
     */
    List<Count> counts(IndicatorQuery filters, List<TableDimension> dimensions, Measure measure) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            keys.add(expression(dimensions.get(i)) + " AS key" + i);
        }
        String grouping = dimensions.isEmpty()
                ? ""
                : " GROUP BY "
                        + String.join(
                                ", ",
                                java.util.stream.IntStream.rangeClosed(1, dimensions.size())
                                        .mapToObj(String::valueOf)
                                        .toList());
        String sql =
                "SELECT " + String.join(", ", keys) + (keys.isEmpty() ? "" : ", ") + "coalesce(sum(" + measure.column
                        + "), 0) AS value FROM statistics_cell WHERE "
                        + String.join(" AND ", conditions(filters, dimensions, parameters)) + grouping;
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            statement = statement.param(parameter.getKey(), parameter.getValue());
        }
        int size = dimensions.size();
        return statement
                .query((rs, n) -> {
                    List<String> place = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        place.add(rs.getString("key" + i));
                    }
                    return new Count(place, rs.getLong("value"));
                })
                .list();
    }

    /** The summary breakdown holding all the dimensions and the country filter together; fails when none does. */
    static TableDimension.Breakdown breakdown(IndicatorQuery filters, List<TableDimension> dimensions) {
        TableDimension.Breakdown found =
                filters.country() != null ? TableDimension.Breakdown.COUNTRY : TableDimension.Breakdown.TOTAL;
        for (TableDimension dimension : dimensions) {
            TableDimension.Breakdown needed = dimension.breakdown();
            if (needed != TableDimension.Breakdown.TOTAL
                    && found != TableDimension.Breakdown.TOTAL
                    && needed != found) {
                throw IndicatorQueryException.of(
                        "by",
                        StatisticsProblemCode.STATISTICS_BREAKDOWN_UNSUPPORTED,
                        "Country of asylum, crossing point and sex or age cannot be combined with each other");
            }
            found = needed == TableDimension.Breakdown.TOTAL ? found : needed;
        }
        return found;
    }

    private static List<String> conditions(
            IndicatorQuery query, List<TableDimension> dimensions, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("breakdown = :breakdown");
        parameters.put("breakdown", breakdown(query, dimensions).column);
        conditions.add("area_level = :level");
        int level = query.area() == null ? 1 : (query.area().length() - 2) / 2;
        for (TableDimension dimension : dimensions) {
            level = Math.max(level, dimension.areaLevel());
        }
        parameters.put("level", level);
        conditions.add("stage = :stage");
        parameters.put("stage", query.stage().name());
        boolean days = dimensions.contains(TableDimension.DAY) || dimensions.contains(TableDimension.WEEK);
        conditions.add(period(PeriodSplit.of(query.from(), query.to(), days), parameters));
        if (query.returnType() != null) {
            conditions.add("return_type = :returnType");
            parameters.put("returnType", query.returnType().name());
        }
        if (query.area() != null) {
            conditions.add("area_code LIKE :area");
            parameters.put("area", query.area() + "%");
        }
        if (query.country() != null) {
            conditions.add("category = :country");
            parameters.put("country", query.country());
        }
        return conditions;
    }

    private static String period(PeriodSplit split, Map<String, Object> parameters) {
        List<String> ranges = new ArrayList<>();
        if (split.hasMonths()) {
            ranges.add("(grain = 'M' AND period_start BETWEEN :firstMonth AND :lastMonth)");
            parameters.put("firstMonth", split.firstMonth());
            parameters.put("lastMonth", split.lastMonth());
        }
        for (int i = 0; i < split.dayRanges().size(); i++) {
            ranges.add("(grain = 'D' AND period_start BETWEEN :dayFrom" + i + " AND :dayTo" + i + ")");
            parameters.put("dayFrom" + i, split.dayRanges().get(i)[0]);
            parameters.put("dayTo" + i, split.dayRanges().get(i)[1]);
        }
        return "(" + String.join(" OR ", ranges) + ")";
    }

    /** The SQL giving a dimension's key for a summary row; only constants, so nothing from a request reaches the SQL. */
    static String expression(TableDimension dimension) {
        if (dimension == null) {
            return "''";
        }
        return switch (dimension) {
            case DAY -> "to_char(period_start, 'YYYY-MM-DD')";
            case WEEK -> "to_char(period_start, 'IYYY-\"W\"IW')";
            case MONTH -> "to_char(period_start, 'YYYY-MM')";
            case YEAR -> "to_char(period_start, 'YYYY')";
            case ADM1 -> "statistics_area(area_code, 1)";
            case ADM2 -> "statistics_area(area_code, 2)";
            case ADM3 -> "statistics_area(area_code, 3)";
            case RETURN_TYPE -> "return_type";
            case COUNTRY, CROSSING -> "category";
            case SEX -> "split_part(category, '|', 1)";
            case AGE_GROUP -> "split_part(category, '|', 2)";
        };
    }
}
