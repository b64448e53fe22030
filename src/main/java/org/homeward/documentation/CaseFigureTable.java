package org.homeward.documentation;

import java.util.List;

/**
 * One published table of documentation figures after small-cell protection: a hidden count is null.
 *
 * @param id      a stable name: {@code backlog}, {@code completed} or {@code proposals}
 * @param columns the column keys (jurisdictions, proposal statuses, or {@code cases} and {@code medianDays})
 * @param rows    one row per case type or gap, with its total
 * @param total   the column totals and the grand total
 */
record CaseFigureTable(String id, List<String> columns, List<Row> rows, Row total) {

    public CaseFigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row: its key and its cells (null: hidden), with the row total (null: hidden). */
    public record Row(String key, List<Long> cells, Long total) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }
}
