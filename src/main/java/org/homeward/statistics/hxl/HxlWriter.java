package org.homeward.statistics.hxl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.homeward.files.SpreadsheetCells;

/**
 * Writes an HXL-tagged CSV file (RFC 4180, UTF-8 by the caller's writer): the header row, the
 * hashtag row right under it, then the data rows, each as long as the header. Cells are quoted
 * only when they must be, so the hashtag row reads as plain hashtags. A text value a spreadsheet
 * would evaluate as a formula is neutralised ({@link SpreadsheetCells}).
 */
public final class HxlWriter implements AutoCloseable {

    private final Writer out;
    private final int width;

    public HxlWriter(Writer out, List<HxlColumn> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An HXL table has at least one column");
        }
        this.width = columns.size();
        this.out = out;
        record(columns.stream().map(HxlColumn::header).toList());
        record(columns.stream().map(column -> column.hashtag().toString()).toList());
    }

    /** Writes one data row; null is written as an empty cell. */
    public void row(List<?> values) {
        if (values.size() != width) {
            throw new IllegalArgumentException("A row has " + width + " cells, not " + values.size());
        }
        record(values.stream()
                .map(value ->
                        value == null ? "" : SpreadsheetCells.neutralised(value).toString())
                .toList());
    }

    private void record(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(cells.get(i)));
        }
        try {
            out.write(line.append("\r\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0
                || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0
                || !cell.equals(cell.strip());
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
