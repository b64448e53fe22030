package org.homeward.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the first sheet of an XLSX workbook in the interchange layout; dates in date cells become YYYY-MM-DD. */
final class XlsxInterchangeReader implements InterchangeReader {

    private final XSSFWorkbook workbook;
    private final Iterator<Row> rows;
    private final String[] header;
    private final Map<Integer, InterchangeColumn> columns;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private Row pending;

    XlsxInterchangeReader(Path file) throws IOException {
        try {
            workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException | RuntimeException unreadable) {
            throw new InterchangeFileException(new ImportProblem(0, "", "XLSX_UNREADABLE",
                    "The file looks like a ZIP archive but is not a readable XLSX workbook"));
        }
        Sheet sheet = workbook.getSheetAt(0);
        rows = sheet.iterator();
        Row first = nextNonEmpty();
        if (first == null) {
            workbook.close();
            throw new InterchangeFileException(new ImportProblem(1, "", "FILE_EMPTY", "The first sheet has no header row"));
        }
        header = cells(first, first.getLastCellNum());
        columns = InterchangeReader.columnsOf(header);
        pending = nextNonEmpty();
    }

    private Row nextNonEmpty() {
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.getLastCellNum() > 0 && !isBlank(row)) {
                return row;
            }
        }
        return null;
    }

    private boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (!text(cell).isBlank()) {
                return false;
            }
        }
        return true;
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
        Row row = pending;
        pending = nextNonEmpty();
        String[] cells = cells(row, Math.max(header.length, trimmedLength(row)));
        return InterchangeReader.row(row.getRowNum() + 1L, cells, header, columns);
    }

    private int trimmedLength(Row row) {
        int last = row.getLastCellNum();
        while (last > 0 && (row.getCell(last - 1) == null || text(row.getCell(last - 1)).isBlank())) {
            last--;
        }
        return last;
    }

    private String[] cells(Row row, int length) {
        String[] cells = new String[length];
        for (int i = 0; i < length; i++) {
            Cell cell = row.getCell(i);
            cells[i] = cell == null ? "" : text(cell);
        }
        return cells;
    }

    private String text(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
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
        workbook.close();
    }
}
