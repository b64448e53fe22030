package org.homeward.registry;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.homeward.files.OwnerOnlyFiles;
import org.homeward.files.SpreadsheetCells;

/** Writes rows of the interchange layout to CSV (UTF-8) or XLSX (streaming, 100 rows in memory). */
abstract class InterchangeWriter implements Closeable {

    static InterchangeWriter create(Path file, ExportFormat format) throws IOException {
        return format == ExportFormat.XLSX ? new Xlsx(file) : new Csv(file);
    }

    /** Writes one row; I/O failures come out unchecked so that row callbacks can pass them on. */
    abstract void write(List<String> cells);

    private static final class Csv extends InterchangeWriter {
        private final CSVPrinter printer;

        Csv(Path file) throws IOException {
            printer = new CSVPrinter(OwnerOnlyFiles.newWriter(file), CSVFormat.RFC4180);
            printer.printRecord((Object[]) InterchangeColumn.headers());
        }

        @Override
        void write(List<String> cells) {
            try {
                printer.printRecord(cells.stream()
                        .map(cell -> cell == null ? "" : SpreadsheetCells.neutralised(cell))
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    private static final class Xlsx extends InterchangeWriter {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final Sheet sheet = workbook.createSheet("households");
        private final Path file;
        private int next;

        Xlsx(Path file) {
            this.file = file;
            write(List.of(InterchangeColumn.headers()));
        }

        @Override
        void write(List<String> cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) != null) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
        }

        @Override
        public void close() throws IOException {
            try (OutputStream out = OwnerOnlyFiles.newOutputStream(file)) {
                workbook.write(out);
            } finally {
                workbook.close();
            }
        }
    }
}
