package org.homeward.registry;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.files.OwnerOnlyFiles;
import org.homeward.files.SpreadsheetCells;

/** Writes the rows of rejected households, as they were, with a last column saying what is wrong. */
final class RejectedRowsWriter implements Closeable {

    private final CSVPrinter printer;

    private RejectedRowsWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A writer to the given file, or one that writes nothing when the file is null. */
    static RejectedRowsWriter open(Path file, String[] header) throws IOException {
        if (file == null) {
            return new RejectedRowsWriter(null);
        }
        CSVPrinter printer = new CSVPrinter(OwnerOnlyFiles.newWriter(file), CSVFormat.RFC4180);
        List<String> columns = new ArrayList<>(Arrays.asList(header));
        columns.add("problems");
        printer.printRecord(columns);
        return new RejectedRowsWriter(printer);
    }

    void write(ImportedHousehold household, List<ImportProblem> problems) {
        if (printer == null || problems.isEmpty()) {
            return;
        }
        try {
            for (InterchangeRow row : household.rows()) {
                List<String> cells = new ArrayList<>(Arrays.asList(row.raw()));
                String reasons = problems.stream()
                        .filter(problem -> problem.row() == row.number())
                        .map(problem -> (problem.column().isEmpty() ? "" : problem.column() + ": ") + problem.message())
                        .collect(Collectors.joining("; "));
                cells.add(reasons.isEmpty() ? "another row of this household has problems" : reasons);
                printer.printRecord(
                        cells.stream().map(SpreadsheetCells::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close(true);
        }
    }
}
