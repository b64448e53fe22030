package org.homeward.documentation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.files.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The documentation dashboard and its exports (CSV and XLSX), for everyone signed in: aggregates
 * after small-cell protection, where a hidden count is an empty cell marked hidden.
 */
@Controller
class DocumentationFiguresPageController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final DocumentationFigures figures;
    private final CaseTypeCatalogue catalogue;
    private final CaseDeadlines deadlines;
    private final MessageSource messages;

    DocumentationFiguresPageController(
            DocumentationFigures figures,
            CaseTypeCatalogue catalogue,
            CaseDeadlines deadlines,
            MessageSource messages) {
        this.figures = figures;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @GetMapping("/documentation/figures")
    String dashboard(Model model) {
        model.addAttribute("tables", figures.tables());
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("words", new CaseWords(deadlines, messages));
        return "documentation/figures";
    }

    @GetMapping("/documentation/figures/export.csv")
    ResponseEntity<byte[]> csv() {
        StringBuilder csv = new StringBuilder("table,row,column,count,hidden\r\n");
        for (String[] line : lines(figures.tables())) {
            csv.append(String.join(",", line)).append("\r\n");
        }
        return download(
                csv.toString().getBytes(StandardCharsets.UTF_8),
                "documentation-figures.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/documentation/figures/export.xlsx")
    ResponseEntity<byte[]> xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("documentation");
            String[] header = {"table", "row", "column", "count", "hidden"};
            List<String[]> lines = new java.util.ArrayList<>();
            lines.add(header);
            lines.addAll(lines(figures.tables()));
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(i);
                String[] line = lines.get(i);
                for (int c = 0; c < line.length; c++) {
                    if (i > 0 && c == 3 && !line[c].isEmpty()) {
                        row.createCell(c).setCellValue(Long.parseLong(line[c]));
                    } else {
                        row.createCell(c).setCellValue(SpreadsheetCells.neutralised(line[c]));
                    }
                }
            }
            workbook.write(out);
            return download(out.toByteArray(), "documentation-figures.xlsx", XLSX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per published cell: table, row, column, the count (empty when hidden) and whether it is hidden. */
    static List<String[]> lines(List<CaseFigureTable> tables) {
        List<String[]> lines = new java.util.ArrayList<>();
        for (CaseFigureTable table : tables) {
            List<CaseFigureTable.Row> rows = new java.util.ArrayList<>(table.rows());
            rows.add(table.total());
            for (CaseFigureTable.Row row : rows) {
                for (int c = 0; c < table.columns().size(); c++) {
                    lines.add(line(
                            table.id(),
                            row.key(),
                            table.columns().get(c),
                            row.cells().get(c)));
                }
                lines.add(line(table.id(), row.key(), "total", row.total()));
            }
        }
        return lines;
    }

    private static String[] line(String table, String row, String column, Long value) {
        return new String[] {table, row, column, value == null ? "" : value.toString(), value == null ? "true" : "false"
        };
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
