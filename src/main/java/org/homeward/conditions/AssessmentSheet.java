package org.homeward.conditions;

import java.util.List;
import java.util.Map;

/**
 * An assessments file read into rows, with the position of each known column, whichever way the
 * file named them (header words or HXL hashtags).
 */
record AssessmentSheet(Map<AssessmentColumn, Integer> positions, List<Row> rows) {

    AssessmentSheet {
        positions = Map.copyOf(positions);
        rows = List.copyOf(rows);
    }

    /** A data row: its number as a spreadsheet shows it, and its cells. */
    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }
    }

    /** The trimmed text of a row's cell in a column; empty when the file has no such column or cell. */
    String cell(Row row, AssessmentColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= row.cells().size()) {
            return "";
        }
        return row.cells().get(position).strip();
    }
}
