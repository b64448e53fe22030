package org.homeward.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.registry.ReturnType;
import org.homeward.statistics.hxl.HxlColumn;
import org.homeward.statistics.hxl.HxlHashtag;
import org.springframework.stereotype.Component;

/**
 * Lays a protected table out as HXL rows, the way HXL likes it: periods, places, countries and
 * crossings become rows with their codes and names; sex, age group and return type become
 * attributes of the count columns (#affected+returnees+f+ind). Hidden cells stay empty.
 */
@Component
class ChartCsvLayout {

    private final StatisticsLabels labels;

    ChartCsvLayout(StatisticsLabels labels) {
        this.labels = labels;
    }

    FlatTable layout(IndicatorQuery query, IndicatorTable table, Locale locale) {
        TableDimension rows = query.rows();
        TableDimension columns = query.columns();
        boolean rowsAreKeys = rows != null && !HxlTags.isAttribute(rows);
        boolean columnsAreKeys = columns != null && !HxlTags.isAttribute(columns);
        List<HxlColumn> header = new ArrayList<>();
        if (rowsAreKeys) {
            header.addAll(HxlTags.keyColumns(rows, dimensionName(rows, locale)));
        }
        if (columnsAreKeys) {
            header.addAll(HxlTags.keyColumns(columns, dimensionName(columns, locale)));
        }
        List<int[]> valueColumns = valueColumns(table, rows, columns, rowsAreKeys, columnsAreKeys);
        ReturnType type = query.returnType();
        for (int[] place : valueColumns) {
            header.add(new HxlColumn(
                    valueHeader(table, rows, columns, place, locale),
                    HxlHashtag.of(HxlTags.count(
                            query.stage(),
                            type,
                            query.unit(),
                            attribute(rows, table.rows(), place[0]),
                            attribute(columns, table.columns(), place[1])))));
        }
        boolean attributes =
                !valueColumns.isEmpty() && (rows != null && !rowsAreKeys || columns != null && !columnsAreKeys);
        if (attributes) {
            header.add(HxlColumn.of(
                    labels.message("statistics.all", locale), HxlTags.count(query.stage(), type, query.unit())));
        }
        header.add(HxlColumn.of(labels.message("statistics.csv.counting", locale), "#meta+counting"));
        List<List<Object>> lines = new ArrayList<>();
        for (int r : rowsAreKeys ? indices(table.rows().size()) : new int[] {-1}) {
            for (int c : columnsAreKeys ? indices(table.columns().size()) : new int[] {-1}) {
                lines.add(line(table, rows, columns, r, c, valueColumns, attributes));
            }
        }
        return new FlatTable(
                table.title(),
                header,
                lines,
                List.of(),
                List.of(
                        new FlatTable.Definition(
                                labels.message("statistics.csv.definition", locale), table.definition()),
                        new FlatTable.Definition(
                                labels.message("statistics.csv.protection", locale), table.protection())));
    }

    private static List<int[]> valueColumns(
            IndicatorTable table,
            TableDimension rows,
            TableDimension columns,
            boolean rowsAreKeys,
            boolean columnsAreKeys) {
        List<int[]> places = new ArrayList<>();
        int[] rowChoices = rows != null && !rowsAreKeys ? indices(table.rows().size()) : new int[] {-1};
        int[] columnChoices =
                columns != null && !columnsAreKeys ? indices(table.columns().size()) : new int[] {-1};
        for (int r : rowChoices) {
            for (int c : columnChoices) {
                places.add(new int[] {r, c});
            }
        }
        boolean onlyKeys = rowChoices[0] < 0 && columnChoices[0] < 0;
        return onlyKeys ? List.<int[]>of(new int[] {-1, -1}) : places;
    }

    private List<Object> line(
            IndicatorTable table,
            TableDimension rows,
            TableDimension columns,
            int r,
            int c,
            List<int[]> valueColumns,
            boolean attributes) {
        List<Object> line = new ArrayList<>();
        if (r >= 0) {
            addKey(line, rows, table.rows().get(r));
        }
        if (c >= 0) {
            addKey(line, columns, table.columns().get(c));
        }
        for (int[] place : valueColumns) {
            line.add(value(table, r >= 0 ? r : place[0], c >= 0 ? c : place[1], rows != null, columns != null));
        }
        if (attributes) {
            line.add(value(table, r, c, rows != null, columns != null));
        }
        line.add(table.counting());
        return line;
    }

    /** The published value at a row and column (-1: their total); null when hidden. */
    private static Long value(IndicatorTable table, int r, int c, boolean hasRows, boolean hasColumns) {
        int row = hasRows ? r : 0;
        int column = hasColumns ? c : 0;
        IndicatorTable.Cell cell;
        if (row >= 0 && column >= 0) {
            cell = table.cells().get(row).get(column);
        } else if (row >= 0) {
            cell = table.rowTotals().get(row);
        } else if (column >= 0) {
            cell = table.columnTotals().get(column);
        } else {
            cell = table.total();
        }
        return cell.value();
    }

    private static void addKey(List<Object> line, TableDimension dimension, IndicatorTable.Heading heading) {
        if (dimension.isTime()) {
            line.add(heading.key());
        } else {
            line.add(heading.label());
            line.add(heading.key().isEmpty() ? null : heading.key());
        }
    }

    private static String attribute(TableDimension dimension, List<IndicatorTable.Heading> headings, int index) {
        return dimension == null || index < 0
                ? null
                : HxlTags.attribute(dimension, headings.get(index).key());
    }

    private String valueHeader(
            IndicatorTable table, TableDimension rows, TableDimension columns, int[] place, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (rows != null && place[0] >= 0) {
            parts.add(table.rows().get(place[0]).label());
        }
        if (columns != null && place[1] >= 0) {
            parts.add(table.columns().get(place[1]).label());
        }
        parts.add(labels.message("statistics.unit." + table.unit(), locale));
        return String.join(" · ", parts);
    }

    private String dimensionName(TableDimension dimension, Locale locale) {
        return labels.message("statistics.dimension." + dimension.parameter(), locale);
    }

    private static int[] indices(int size) {
        int[] indices = new int[size];
        for (int i = 0; i < size; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
