package org.homeward.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads counts from the summary of returns, grouped by the rows and columns a query asks for. */
@Repository
class ReturnCellRepository {

    /** One count of the summary: the row and column it belongs to ("" when there are none). */
    record Count(String row, String column, long value) {
    }

    private final JdbcClient jdbc;

    ReturnCellRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Count> counts(IndicatorQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "SELECT " + expression(query.rows()) + " AS row_key, " + expression(query.columns())
                + " AS column_key, sum(" + measure(query) + ") AS value FROM statistics_cell WHERE "
                + String.join(" AND ", conditions(query, parameters)) + " GROUP BY 1, 2";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            statement = statement.param(parameter.getKey(), parameter.getValue());
        }
        return statement.query((rs, n) -> new Count(rs.getString("row_key"), rs.getString("column_key"),
                rs.getLong("value"))).list();
    }

    private static List<String> conditions(IndicatorQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("breakdown = :breakdown");
        parameters.put("breakdown", query.breakdown().column);
        conditions.add("area_level = :level");
        parameters.put("level", query.areaLevel());
        conditions.add("stage = :stage");
        parameters.put("stage", query.stage().name());
        conditions.add(period(PeriodSplit.of(query.from(), query.to(), query.needsDays()), parameters));
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

    private static String measure(IndicatorQuery query) {
        if (query.unit() == CountUnit.HOUSEHOLDS) {
            return "households";
        }
        return query.counting() == Counting.PERSONS ? "persons" : "individuals";
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
