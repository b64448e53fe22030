package org.homeward.movements;

import java.util.List;

/**
 * A survey export as read from its file: the header row (column names or labels), the HXL hashtag
 * row when the file has one, and the data rows.
 *
 * @param hashtags the hashtag row, or an empty list when the file has none
 */
record SurveySheet(List<String> header, List<String> hashtags, List<Row> rows) {

    SurveySheet {
        header = List.copyOf(header);
        hashtags = List.copyOf(hashtags);
        rows = List.copyOf(rows);
    }

    boolean hasHashtagRow() {
        return !hashtags.isEmpty();
    }

    /** One data row: its number in the file (1 = the header row) and its cells. */
    record Row(long number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        /** The cell at a column, stripped; empty when the row is shorter. */
        String cell(int column) {
            return column < cells.size() && cells.get(column) != null
                    ? cells.get(column).strip()
                    : "";
        }
    }
}
