package org.homeward.statistics;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.registry.ReturnType;
import org.homeward.statistics.suppression.CountTable;
import org.homeward.statistics.suppression.SuppressionMask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Returns into red, amber and other areas by period: each return counts in the group its
 * destination sub-district was in on the last day of the period (or the last day asked for,
 * when that comes first). The table is protected like every other table statistics publishes.
 */
@Service
public class ConditionReturnsService {

    private final IndicatorService indicators;
    private final ObjectProvider<AreaConditionGroups> conditions;

    ConditionReturnsService(IndicatorService indicators, ObjectProvider<AreaConditionGroups> conditions) {
        this.indicators = indicators;
        this.conditions = conditions;
    }

    /** The protected table by month or year; empty when no feature knows area conditions. */
    public Optional<ConditionReturns> table(LocalDate from, LocalDate to, TableDimension period) {
        if (period != TableDimension.MONTH && period != TableDimension.YEAR) {
            throw IndicatorQueryException.of(
                    "period",
                    StatisticsProblemCode.STATISTICS_PERIOD_UNSUPPORTED,
                    "Returns by area condition are counted by month or by year");
        }
        AreaConditionGroups source = conditions.getIfAvailable();
        if (source == null) {
            return Optional.empty();
        }
        IndicatorQuery query = IndicatorQuery.total(ReturnStage.RETURNED, (ReturnType) null, from, to)
                .withRows(period, TableDimension.ADM3);
        IndicatorService.Counts counts = indicators.counts(query);
        List<String> groups = source.groups();
        long[][] matrix = new long[counts.rowKeys().size()][groups.size()];
        Map<LocalDate, Map<String, String>> groupsByDay = new HashMap<>();
        for (int r = 0; r < counts.rowKeys().size(); r++) {
            LocalDate end = periodEnd(counts.rowKeys().get(r), period);
            Map<String, String> byArea = groupsByDay.computeIfAbsent(end.isAfter(to) ? to : end, source::groupsOn);
            for (int c = 0; c < counts.columnKeys().size(); c++) {
                int group =
                        groups.indexOf(byArea.getOrDefault(counts.columnKeys().get(c), groups.get(groups.size() - 1)));
                matrix[r][group < 0 ? groups.size() - 1 : group] +=
                        counts.table().value(r, c);
            }
        }
        return Optional.of(protect(from, to, period, counts.rowKeys(), groups, CountTable.of(matrix, groups.size())));
    }

    private ConditionReturns protect(
            LocalDate from,
            LocalDate to,
            TableDimension period,
            List<String> rows,
            List<String> groups,
            CountTable table) {
        SuppressionMask mask = indicators.suppression().protect(table);
        List<List<IndicatorTable.Cell>> cells = new ArrayList<>();
        List<IndicatorTable.Cell> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<IndicatorTable.Cell> line = new ArrayList<>();
            for (int c = 0; c < groups.size(); c++) {
                line.add(cell(table, mask, r, c));
            }
            cells.add(line);
            rowTotals.add(cell(table, mask, r, groups.size()));
        }
        List<IndicatorTable.Cell> groupTotals = new ArrayList<>();
        for (int c = 0; c < groups.size(); c++) {
            groupTotals.add(cell(table, mask, rows.size(), c));
        }
        return new ConditionReturns(
                from,
                to,
                period.parameter(),
                rows,
                groups,
                cells,
                rowTotals,
                groupTotals,
                cell(table, mask, rows.size(), groups.size()),
                indicators.properties().suppression().threshold());
    }

    private static IndicatorTable.Cell cell(CountTable table, SuppressionMask mask, int row, int column) {
        return IndicatorTable.Cell.of(table.value(row, column), mask.isSuppressed(row, column));
    }

    private static LocalDate periodEnd(String key, TableDimension period) {
        return period == TableDimension.MONTH
                ? YearMonth.parse(key).atEndOfMonth()
                : Year.parse(key).atMonth(12).atEndOfMonth();
    }
}
