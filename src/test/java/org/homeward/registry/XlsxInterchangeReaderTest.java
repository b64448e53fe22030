package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming XLSX reader: cells as the layout wants them, blank rows skipped, and the row limit. */
class XlsxInterchangeReaderTest {

    @TempDir
    Path folder;

    /** A workbook with a header, a blank row, a date cell, a number cell and a cell left out in the middle. */
    private Path workbook(int dataRows) throws IOException {
        Path file = folder.resolve("people-" + dataRows + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("households");
            Row header = sheet.createRow(0);
            String[] columns = {
                "household_key", "return_type", "destination_pcode", "relationship", "sex", "date_of_birth", "phone"
            };
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < dataRows; r++) {
                Row row = sheet.createRow(2 + r);
                row.createCell(0).setCellValue("K-" + r);
                row.createCell(1).setCellValue("REFUGEE");
                row.createCell(3).setCellValue("PRINCIPAL");
                row.createCell(4).setCellValue("F");
                row.createCell(5).setCellValue(LocalDate.of(1980, 2, 29));
                row.getCell(5).setCellStyle(date);
                row.createCell(6).setCellValue(944123456);
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void readsCellsAsTheLayoutWantsThemAndSkipsBlankRows() throws IOException {
        List<InterchangeRow> rows = new ArrayList<>();
        try (InterchangeReader reader = InterchangeReader.open(workbook(2))) {
            assertThat(reader.header()).startsWith("household_key", "return_type");
            reader.forEachRemaining(rows::add);
        }
        assertThat(rows).extracting(InterchangeRow::number).containsExactly(3L, 4L);
        InterchangeRow first = rows.get(0);
        assertThat(first.get(InterchangeColumn.HOUSEHOLD_KEY)).isEqualTo("K-0");
        assertThat(first.get(InterchangeColumn.DESTINATION_PCODE)).isNull();
        assertThat(first.get(InterchangeColumn.DATE_OF_BIRTH)).isEqualTo("1980-02-29");
        assertThat(first.get(InterchangeColumn.PHONE)).isEqualTo("944123456");
        assertThat(first.shapeProblem()).isNull();
    }

    @Test
    void refusesAWorkbookPastTheRowLimitNamingTheFileAndTheRow() throws IOException {
        Path file = workbook(5);
        InterchangeFileException refused = catchThrowableOfType(InterchangeFileException.class, () -> {
            try (InterchangeReader reader = InterchangeReader.open(file, 3)) {
                reader.forEachRemaining(row -> {});
            }
        });
        assertThat(refused).isNotNull();
        assertThat(refused.problem().code().name()).isEqualTo("XLSX_TOO_MANY_ROWS");
        assertThat(refused.problem().row()).isEqualTo(6);
        assertThat(refused.problem().message()).contains("people-5.xlsx", "more than 3 rows");
    }

    @Test
    void takesAWorkbookOfExactlyTheLimit() throws IOException {
        List<InterchangeRow> rows = new ArrayList<>();
        try (InterchangeReader reader = InterchangeReader.open(workbook(3), 3)) {
            reader.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(3);
    }
}
