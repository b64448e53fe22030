package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A workbook filled to Excel's last row (1,048,576), imported in the test JVM's ordinary heap: the
 * reader streams the sheet, stops at the row limit and refuses the file, writing nothing.
 */
@HomewardTest
class XlsxRowLimitIT {

    private static final int EXCEL_ROWS = 1_048_576;

    @Autowired
    HouseholdImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWorkbookOfAMillionRowsIsRefusedAtTheRowLimitWithNothingWritten() throws IOException {
        Path file = fullWorkbook(
                Files.createDirectories(Path.of("target/test-data")).resolve("excel-full.xlsx"));
        long before = households();

        InterchangeFileException refused = catchThrowableOfType(
                InterchangeFileException.class,
                () -> imports.importFile(file, new ImportOptions(false, null, "test", 0), ImportProgress.SILENT));

        assertThat(refused).isNotNull();
        assertThat(refused.problem().code().name()).isEqualTo("XLSX_TOO_MANY_ROWS");
        assertThat(refused.problem().row()).isEqualTo(XlsxInterchangeReader.DEFAULT_MAX_ROWS + 2L);
        assertThat(refused.problem().message()).contains("excel-full.xlsx", "500,000", "nothing was imported");
        assertThat(households()).isEqualTo(before);
    }

    private long households() {
        return jdbc.sql("SELECT count(*) FROM household").query(Long.class).single();
    }

    /** The header and one short household row on every other row of the sheet, written with POI's streaming writer. */
    private static Path fullWorkbook(Path file) throws IOException {
        if (Files.exists(file) && Files.size(file) > 0) {
            return file;
        }
        String[] header = InterchangeColumn.headers();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = Files.newOutputStream(partial)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("households");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r < EXCEL_ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("XL-" + r);
                row.createCell(3).setCellValue("REFUGEE");
            }
            workbook.write(out);
        }
        return Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
