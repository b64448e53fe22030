package org.homeward.registry;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.homeward.problems.CommonProblemCode;

/**
 * Reads the rows of an import file in the interchange layout, whatever its format (CSV or XLSX),
 * and checks its header. Problems that make the whole file unreadable are thrown as
 * {@link InterchangeFileException}; row-level problems are left to validation.
 */
interface InterchangeReader extends Iterator<InterchangeRow>, Closeable {

    /** Opens a file, choosing the format by its first bytes (XLSX files are ZIP archives); XLSX up to the default row limit. */
    static InterchangeReader open(Path file) throws IOException {
        return open(file, XlsxInterchangeReader.DEFAULT_MAX_ROWS);
    }

    /** Opens a file, taking at most this many data rows from an XLSX workbook (CSV files stream and have no limit). */
    static InterchangeReader open(Path file, int xlsxMaxRows) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InterchangeFileException(
                    new ImportProblem(0, "", RegistryProblemCode.FILE_NOT_FOUND, "No such file: " + file));
        }
        byte[] start = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, 4);
        }
        if (read == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            return new XlsxInterchangeReader(file, xlsxMaxRows);
        }
        return new CsvInterchangeReader(file);
    }

    /** The header as written in the file. */
    String[] header();

    /** A note on how the file was read (e.g. its encoding), or empty. */
    String note();

    /** Maps the header to columns, refusing unknown, repeated and missing required columns. */
    static Map<Integer, InterchangeColumn> columnsOf(String[] header) {
        Map<Integer, InterchangeColumn> columns = new java.util.HashMap<>();
        Set<InterchangeColumn> seen = new HashSet<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null
                    ? ""
                    : header[i].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            InterchangeColumn column = InterchangeColumn.ofHeader(name);
            if (column == null) {
                throw new InterchangeFileException(new ImportProblem(
                        1,
                        name,
                        RegistryProblemCode.COLUMN_UNKNOWN,
                        "Unknown column '" + shorten(name) + "'; the columns are listed in docs/interchange.md"));
            }
            if (!seen.add(column)) {
                throw new InterchangeFileException(new ImportProblem(
                        1, name, RegistryProblemCode.COLUMN_REPEATED, "The column '" + name + "' appears twice"));
            }
            columns.put(i, column);
        }
        List<String> missing = new ArrayList<>();
        for (InterchangeColumn required : InterchangeColumn.REQUIRED) {
            if (!seen.contains(required)) {
                missing.add(required.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new InterchangeFileException(new ImportProblem(
                    1,
                    String.join(", ", missing),
                    CommonProblemCode.COLUMN_MISSING,
                    "Required column(s) missing: " + String.join(", ", missing)));
        }
        return columns;
    }

    /** The row's values by column, or a problem when it has more or fewer cells than the header. */
    static InterchangeRow row(long number, String[] cells, String[] header, Map<Integer, InterchangeColumn> columns) {
        ImportProblem shapeProblem = cells.length == header.length
                ? null
                : new ImportProblem(
                        number,
                        "",
                        RegistryProblemCode.ROW_WRONG_LENGTH,
                        "The row has " + cells.length + " cells where the header has " + header.length);
        Map<InterchangeColumn, String> values = new EnumMap<>(InterchangeColumn.class);
        for (int i = 0; i < cells.length && i < header.length; i++) {
            InterchangeColumn column = columns.get(i);
            if (column != null) {
                values.put(column, cells[i]);
            }
        }
        return new InterchangeRow(number, values, cells, shapeProblem);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
