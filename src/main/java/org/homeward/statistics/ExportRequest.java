package org.homeward.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;

/**
 * What to export: the filters of a query (stage, return type, period, area, country, counting)
 * and up to two dimensions to lay the rows out by (periods, areas, countries of asylum, crossing
 * points). Individuals, households, women and men, and children are the columns.
 */
public record ExportRequest(IndicatorQuery filters, List<TableDimension> by) {

    public ExportRequest {
        by = List.copyOf(by);
        List<FieldProblem> problems = new ArrayList<>();
        if (by.size() > 2) {
            problems.add(new FieldProblem(
                    "by",
                    StatisticsProblemCode.STATISTICS_EXPORT_TOO_MANY_DIMENSIONS,
                    "Lay rows out by at most two dimensions"));
        }
        if (new HashSet<>(by).size() < by.size()) {
            problems.add(new FieldProblem(
                    "by", StatisticsProblemCode.STATISTICS_SAME_DIMENSION_TWICE, "Each dimension once"));
        }
        if (by.stream().filter(TableDimension::isTime).count() > 1) {
            problems.add(new FieldProblem(
                    "by", StatisticsProblemCode.STATISTICS_TWO_PERIODS, "Choose one period dimension"));
        }
        if (by.stream().anyMatch(HxlTags::isAttribute)) {
            problems.add(new FieldProblem(
                    "by",
                    StatisticsProblemCode.STATISTICS_EXPORT_DIMENSION_IS_A_COLUMN,
                    "Sex and age are columns of every export, and the return type is chosen with type"));
        }
        if (!problems.isEmpty()) {
            throw new IndicatorQueryException(problems);
        }
        ReturnCellRepository.breakdown(filters, by);
    }

    /** Reads the filters as {@link IndicatorQueryReader} does and {@code by} as a comma-separated list of dimensions. */
    public static ExportRequest read(Map<String, String> parameters, java.time.LocalDate today) {
        Map<String, String> filters = new java.util.HashMap<>(parameters);
        filters.remove("rows");
        filters.remove("columns");
        IndicatorQuery query = IndicatorQueryReader.read(filters, today);
        List<TableDimension> by = new ArrayList<>();
        String text = parameters.getOrDefault("by", "");
        for (String name : text.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            by.add(TableDimension.parse(name)
                    .orElseThrow(() -> IndicatorQueryException.of(
                            "by",
                            CommonProblemCode.PARAMETER_INVALID,
                            "'" + name.trim()
                                    + "' is not one of day, week, month, year, adm1, adm2, adm3, country, crossing")));
        }
        return new ExportRequest(query.withRows(null, null), by);
    }
}
