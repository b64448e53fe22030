package org.homeward.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * Returns by the condition of the destination area, by period, protected: each row a period, each
 * column a group (red, amber, unknown, green), with the totals of each. A hidden cell has no value.
 *
 * @param rows       period keys (2026-11, or 2026)
 * @param groups     the groups, in publishing order
 * @param cells      the counts, row by row
 * @param rowTotals  every return of each period
 * @param groupTotals every return into each group over the whole span
 * @param threshold  counts from 1 to this minus one are hidden
 */
public record ConditionReturns(
        LocalDate from,
        LocalDate to,
        String period,
        List<String> rows,
        List<String> groups,
        List<List<IndicatorTable.Cell>> cells,
        List<IndicatorTable.Cell> rowTotals,
        List<IndicatorTable.Cell> groupTotals,
        IndicatorTable.Cell total,
        int threshold) {

    /** The largest published count of a period, to scale the dashboard's bars. */
    public long largestPeriod() {
        long largest = 1;
        for (IndicatorTable.Cell cell : rowTotals) {
            largest = cell.value() == null ? largest : Math.max(largest, cell.value());
        }
        for (List<IndicatorTable.Cell> row : cells) {
            long published = row.stream()
                    .filter(cell -> cell.value() != null)
                    .mapToLong(IndicatorTable.Cell::value)
                    .sum();
            largest = Math.max(largest, published);
        }
        return largest;
    }
}
