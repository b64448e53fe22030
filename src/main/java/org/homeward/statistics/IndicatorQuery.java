package org.homeward.statistics;

import java.time.LocalDate;
import java.util.Optional;
import org.homeward.registry.ReturnType;

/**
 * A question to the registry's statistics: which stage (returns or pending journeys), which return
 * type (null: both), which days (both ends included), which area (a P-code prefix, null: all
 * Syria), which country of asylum (null: any), what the rows and columns are (null: none), and
 * what is counted and how. Build it with {@link IndicatorQueryReader}, which checks it.
 */
public record IndicatorQuery(
        ReturnStage stage,
        ReturnType returnType,
        LocalDate from,
        LocalDate to,
        String area,
        String country,
        TableDimension rows,
        TableDimension columns,
        CountUnit unit,
        Counting counting) {

    /** Every day in the period: national totals, one table cell. */
    public static IndicatorQuery total(ReturnStage stage, ReturnType returnType, LocalDate from, LocalDate to) {
        return new IndicatorQuery(
                stage, returnType, from, to, null, null, null, null, CountUnit.INDIVIDUALS, Counting.REGISTRATIONS);
    }

    public IndicatorQuery withRows(TableDimension newRows, TableDimension newColumns) {
        return new IndicatorQuery(stage, returnType, from, to, area, country, newRows, newColumns, unit, counting);
    }

    public IndicatorQuery withArea(String newArea, String newCountry) {
        return new IndicatorQuery(stage, returnType, from, to, newArea, newCountry, rows, columns, unit, counting);
    }

    public IndicatorQuery withUnit(CountUnit newUnit, Counting newCounting) {
        return new IndicatorQuery(stage, returnType, from, to, area, country, rows, columns, newUnit, newCounting);
    }

    /** Counting actually used: households are always counted as registrations. */
    public Counting effectiveCounting() {
        return unit == CountUnit.HOUSEHOLDS ? Counting.REGISTRATIONS : counting;
    }

    Optional<TableDimension> rowDimension() {
        return Optional.ofNullable(rows);
    }

    Optional<TableDimension> columnDimension() {
        return Optional.ofNullable(columns);
    }
}
