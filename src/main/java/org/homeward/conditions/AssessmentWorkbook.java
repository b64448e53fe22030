package org.homeward.conditions;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the first sheet of an XLSX workbook of assessments into rows of text; date cells become YYYY-MM-DD. */
final class AssessmentWorkbook {

    private AssessmentWorkbook() {}

    static List<AssessmentSheet.Row> rows(byte[] file, int mostRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<AssessmentSheet.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = cells(row, formatter);
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new AssessmentSheet.Row(row.getRowNum() + 1, cells));
                }
                if (rows.size() > mostRows) {
                    break;
                }
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            throw new AssessmentImportException(new AssessmentImportProblem(
                    0,
                    "",
                    ConditionsProblemCode.ASSESSMENT_XLSX_UNREADABLE,
                    "The file looks like a ZIP archive but is not a readable XLSX workbook"));
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : text(cell, formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell);
    }
}
