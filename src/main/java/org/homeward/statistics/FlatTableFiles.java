package org.homeward.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.homeward.statistics.hxl.HxlColumn;
import org.homeward.statistics.hxl.HxlWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes a flat table as HXL-tagged CSV, as an XLSX workbook with a definitions sheet, or as JSON. */
final class FlatTableFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FlatTableFiles() {}

    static void write(FlatTable table, StatisticsExportFormat format, OutputStream out, boolean rightToLeft)
            throws IOException {
        switch (format) {
            case HXL -> hxl(table, out);
            case XLSX -> xlsx(table, out, rightToLeft);
            case JSON -> json(table, out);
        }
    }

    static void hxl(FlatTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (HxlWriter hxl = new HxlWriter(writer, table.columns())) {
            for (List<Object> row : table.rows()) {
                hxl.row(row);
            }
        }
        writer.flush();
    }

    static void json(FlatTable table, OutputStream out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", table.title());
        document.put("definitions", table.definitions());
        document.put(
                "columns",
                table.columns().stream()
                        .map(column -> Map.of(
                                "header",
                                column.header(),
                                "hashtag",
                                column.hashtag().toString()))
                        .toList());
        document.put("rows", table.rows());
        document.put("totals", table.totals());
        JSON.writeValue(out, document);
    }

    /** Streams the rows (a national export by day can be long), the hashtag row right under the header. */
    static void xlsx(FlatTable table, OutputStream out, boolean rightToLeft) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet data = workbook.createSheet("Data");
            data.setRightToLeft(rightToLeft);
            List<HxlColumn> columns = table.columns();
            Row header = data.createRow(0);
            Row hashtags = data.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                text(header, c, columns.get(c).header()).setCellStyle(bold);
                text(hashtags, c, columns.get(c).hashtag().toString());
            }
            data.createFreezePane(0, 2);
            int r = 2;
            for (List<Object> values : table.rows()) {
                values(data.createRow(r++), values, null);
            }
            r++;
            for (List<Object> values : table.totals()) {
                values(data.createRow(r++), values, bold);
            }
            SXSSFSheet definitions = workbook.createSheet("Definitions");
            definitions.setRightToLeft(rightToLeft);
            definitions.setColumnWidth(0, 30 * 256);
            definitions.setColumnWidth(1, 120 * 256);
            text(definitions.createRow(0), 0, table.title()).setCellStyle(bold);
            int d = 2;
            for (FlatTable.Definition definition : table.definitions()) {
                Row row = definitions.createRow(d++);
                text(row, 0, definition.term()).setCellStyle(bold);
                text(row, 1, definition.text());
            }
            workbook.write(out);
        }
    }

    private static void values(Row row, List<Object> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            Cell cell = null;
            if (value instanceof Number number) {
                cell = row.createCell(c);
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell = text(row, c, value.toString());
            }
            if (cell != null && style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }
}
