package org.homeward.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A protected table of the registry's counts, ready to publish: what was counted and how (with
 * the definition in words), the row and column headings, the cells with their row, column and
 * grand totals, and running totals down the rows when the rows are periods. A hidden cell has no
 * value at all, only {@code suppressed = true}: the true count never leaves the server.
 */
public record IndicatorTable(
        Scope scope,
        String title,
        String definition,
        String counting,
        String unit,
        String protection,
        String rowDimension,
        String columnDimension,
        List<Heading> rows,
        List<Heading> columns,
        List<List<Cell>> cells,
        List<Cell> rowTotals,
        List<Cell> columnTotals,
        Cell total,
        List<Long> cumulative,
        int threshold,
        Instant refreshedAt,
        long daysWaiting) {

    /** What the table covers. */
    public record Scope(
            ReturnStage stage,
            String returnType,
            LocalDate from,
            LocalDate to,
            String area,
            String areaName,
            String country,
            String countryName) {}

    /** A row or column: its key (a period, a P-code, a country code...), its label, and a centroid for areas. */
    public record Heading(String key, String label, Double latitude, Double longitude) {}

    /** A published count, or a hidden one (value null). */
    public record Cell(Long value, boolean suppressed) {

        static Cell of(long value, boolean suppressed) {
            return suppressed ? new Cell(null, true) : new Cell(value, false);
        }
    }
}
