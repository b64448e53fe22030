package org.homeward.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.homeward.files.XlsxCells;
import org.homeward.problems.CommonProblemCode;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook in the interchange layout, streaming: the sheet's XML is
 * parsed event by event on a second thread and handed over a few hundred rows at a time, so memory
 * stays flat whatever the size of the sheet. Dates in date cells become YYYY-MM-DD. A sheet of more
 * data rows than the limit is refused with the row where the limit was passed.
 */
final class XlsxInterchangeReader implements InterchangeReader {

    /** Data rows an XLSX import takes by default: a workbook is a tool for people, not for bulk transfer. */
    static final int DEFAULT_MAX_ROWS = 500_000;

    private static final int ROWS_PER_HANDOVER = 256;

    private final OPCPackage workbook;
    private final BatchPipeline<List<SheetRow>> rows;
    private final String[] header;
    private final Map<Integer, InterchangeColumn> columns;
    private List<SheetRow> handed = List.of();
    private int nextInHanded;
    private SheetRow pending;

    /** One non-blank row of the sheet: its number (1 = first) and its cells up to the last non-blank one. */
    private record SheetRow(long number, String[] cells) {}

    XlsxInterchangeReader(Path file, int maxRows) throws IOException {
        XSSFReader reader;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException unreadable) {
            throw unreadable();
        }
        try {
            reader = new XSSFReader(workbook);
            reader.setUseReadOnlySharedStringsTable(true);
        } catch (OpenXML4JException | IOException | RuntimeException unreadable) {
            workbook.revert();
            throw unreadable();
        }
        String name = file.getFileName().toString();
        rows = BatchPipeline.start(2, "homeward-xlsx-reader", sink -> parse(reader, name, maxRows, sink));
        SheetRow first = nextRow();
        if (first == null) {
            close();
            throw new InterchangeFileException(
                    new ImportProblem(1, "", CommonProblemCode.FILE_EMPTY, "The first sheet has no header row"));
        }
        header = first.cells();
        columns = InterchangeReader.columnsOf(header);
        pending = nextRow();
    }

    private static InterchangeFileException unreadable() {
        return new InterchangeFileException(new ImportProblem(
                0,
                "",
                CommonProblemCode.XLSX_UNREADABLE,
                "The file looks like a ZIP archive but is not a readable XLSX workbook"));
    }

    /** Runs on the pipeline's thread: parses the first sheet and hands its non-blank rows over in small lots. */
    private static void parse(XSSFReader reader, String fileName, int maxRows, Consumer<List<SheetRow>> sink)
            throws IOException {
        RowCollector collector = new RowCollector(fileName, maxRows, sink);
        try (InputStream sheet = reader.getSheetsData().next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(
                    reader.getStylesTable(),
                    reader.getSharedStringsTable(),
                    collector,
                    XlsxCells.isoDateFormatter(),
                    false));
            parser.parse(new InputSource(sheet));
        } catch (SAXException | OpenXML4JException | NoSuchElementException broken) {
            if (broken.getCause() instanceof InterchangeFileException refused) {
                throw refused;
            }
            throw unreadable();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser: " + e.getMessage(), e);
        }
        collector.flush();
    }

    private SheetRow nextRow() {
        if (nextInHanded == handed.size()) {
            try {
                List<SheetRow> more = rows.next();
                if (more == null) {
                    return null;
                }
                handed = more;
                nextInHanded = 0;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Reading the workbook failed: " + e.getMessage(), e);
            }
        }
        return handed.get(nextInHanded++);
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public InterchangeRow next() {
        if (pending == null) {
            throw new NoSuchElementException();
        }
        SheetRow row = pending;
        pending = nextRow();
        String[] cells = row.cells().length >= header.length ? row.cells() : Arrays.copyOf(row.cells(), header.length);
        for (int i = row.cells().length; i < cells.length; i++) {
            cells[i] = "";
        }
        return InterchangeReader.row(row.number(), cells, header, columns);
    }

    @Override
    public String[] header() {
        return header.clone();
    }

    @Override
    public String note() {
        return "";
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workbook.revert();
        }
    }

    /** Collects the cells of each row as the parser reports them, skipping blank rows, counting against the limit. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String fileName;
        private final int maxRows;
        private final Consumer<List<SheetRow>> sink;
        private final List<String> cells = new ArrayList<>();
        private List<SheetRow> lot = new ArrayList<>(ROWS_PER_HANDOVER);
        private boolean headerSeen;
        private long dataRows;

        RowCollector(String fileName, int maxRows, Consumer<List<SheetRow>> sink) {
            this.fileName = fileName;
            this.maxRows = maxRows;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : XlsxCells.columnOf(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                cells.set(column, value == null ? "" : value);
            } else {
                cells.add(value == null ? "" : value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            int length = cells.size();
            while (length > 0 && cells.get(length - 1).isBlank()) {
                length--;
            }
            if (length == 0) {
                return;
            }
            if (headerSeen && ++dataRows > maxRows) {
                throw new InterchangeFileException(new ImportProblem(
                        rowNum + 1L,
                        "",
                        RegistryProblemCode.XLSX_TOO_MANY_ROWS,
                        fileName + " has more than " + String.format(Locale.ROOT, "%,d", maxRows) + " rows, the most an"
                                + " XLSX import takes; nothing was imported. Split the workbook, or save it as CSV (UTF-8),"
                                + " which has no such limit"));
            }
            headerSeen = true;
            lot.add(new SheetRow(rowNum + 1L, cells.subList(0, length).toArray(String[]::new)));
            if (lot.size() == ROWS_PER_HANDOVER) {
                flush();
            }
        }

        void flush() {
            if (!lot.isEmpty()) {
                sink.accept(lot);
                lot = new ArrayList<>(ROWS_PER_HANDOVER);
            }
        }
    }
}
