package org.homeward.movements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.homeward.files.SpreadsheetCells;
import org.homeward.files.XlsxCells;
import org.homeward.problems.CommonProblemCode;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a survey export as KoBo and ODK write it: an XLSX workbook (its first sheet, streamed) or a
 * CSV file separated by commas, semicolons (KoBo's default) or tabs, in UTF-8, UTF-16 with its
 * byte-order mark, or Windows-1256 ({@link SurveyTextDecoder}). The first non-blank
 * row is the header; a second row of HXL hashtags is recognised and set apart. Date cells become
 * YYYY-MM-DD. A file of more data rows than the limit is refused.
 */
final class SurveySheetReader {

    private SurveySheetReader() {}

    static SurveySheet read(byte[] content, int maxRows) {
        List<SurveySheet.Row> rows = isZip(content) ? xlsxRows(content, maxRows) : csvRows(content, maxRows);
        if (rows.isEmpty()) {
            throw new SurveyFileException(1, CommonProblemCode.FILE_EMPTY, "The file is empty: it has no header row");
        }
        List<String> header = rows.get(0).cells();
        boolean tagged =
                rows.size() > 1 && SurveyHeader.isHashtagRow(rows.get(1).cells());
        List<String> hashtags = tagged ? rows.get(1).cells() : List.of();
        return new SurveySheet(header, hashtags, rows.subList(tagged ? 2 : 1, rows.size()));
    }

    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<SurveySheet.Row> csvRows(byte[] content, int maxRows) {
        String text = SurveyTextDecoder.decode(content);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<SurveySheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (rows.size() > maxRows) {
                    throw tooLong(record.getRecordNumber(), maxRows);
                }
                rows.add(new SurveySheet.Row(
                        record.getRecordNumber(),
                        List.of(record.values()).stream()
                                .map(SpreadsheetCells::restored)
                                .toList()));
            }
        } catch (UncheckedIOException | IllegalStateException broken) {
            throw new SurveyFileException(
                    rows.size() + 1L,
                    CommonProblemCode.CSV_MALFORMED,
                    "The CSV file cannot be read past this row: check its quotes");
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return rows;
    }

    /** The separator the header line uses most: KoBo writes semicolons, ODK Central commas. */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static SurveyFileException tooLong(long row, int maxRows) {
        return new SurveyFileException(
                row,
                MovementsProblemCode.FILE_TOO_MANY_ROWS,
                "The file has more than " + String.format(Locale.ROOT, "%,d", maxRows)
                        + " data rows, the most a survey import takes; split it");
    }

    private static List<SurveySheet.Row> xlsxRows(byte[] content, int maxRows) {
        RowCollector collector = new RowCollector(maxRows);
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            reader.setUseReadOnlySharedStringsTable(true);
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        reader.getSharedStringsTable(),
                        collector,
                        XlsxCells.isoDateFormatter(),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (SurveyFileException refused) {
            throw refused;
        } catch (SAXException
                | OpenXML4JException
                | IOException
                | javax.xml.parsers.ParserConfigurationException
                | RuntimeException unreadable) {
            // POI reports a broken or foreign archive with several unchecked exceptions of its own.
            if (unreadable.getCause() instanceof SurveyFileException refused) {
                throw refused;
            }
            throw new SurveyFileException(
                    0,
                    CommonProblemCode.XLSX_UNREADABLE,
                    "The file looks like a ZIP archive but is not a readable XLSX workbook");
        }
        return collector.rows;
    }

    /** Collects the non-blank rows of the sheet as the parser reports them, counting against the limit. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final List<SurveySheet.Row> rows = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();

        RowCollector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : XlsxCells.columnOf(reference);
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (rows.size() > maxRows) {
                throw tooLong(rowNum + 1L, maxRows);
            }
            rows.add(new SurveySheet.Row(rowNum + 1L, List.copyOf(cells)));
        }
    }
}
