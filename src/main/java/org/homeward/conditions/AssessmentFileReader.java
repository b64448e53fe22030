package org.homeward.conditions;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an assessments file, CSV (UTF-8) or XLSX, into an {@link AssessmentSheet}. Columns are
 * known by their header words, or by HXL hashtags in the first or second row, so a file from an
 * HXL-tagged export can be imported as it is.
 */
final class AssessmentFileReader {

    /** Data rows one file may hold: assessment rounds cover a few thousand communities. */
    static final int MAX_ROWS = 50_000;

    private AssessmentFileReader() {}

    static AssessmentSheet read(byte[] file) {
        List<AssessmentSheet.Row> rows = isZip(file) ? AssessmentWorkbook.rows(file, MAX_ROWS + 2) : csvRows(file);
        if (rows.isEmpty()) {
            throw new AssessmentImportException(new AssessmentImportProblem(
                    1, "", ConditionsProblemCode.ASSESSMENT_FILE_EMPTY, "The file has no header row"));
        }
        int tagRow = hashtagRow(rows);
        Map<AssessmentColumn, Integer> positions = positions(rows.get(Math.max(tagRow, 0)), tagRow >= 0);
        List<AssessmentSheet.Row> data = rows.subList(tagRow + 1 + (tagRow < 0 ? 1 : 0), rows.size());
        if (data.size() > MAX_ROWS) {
            throw new AssessmentImportException(new AssessmentImportProblem(
                    data.get(MAX_ROWS).number(),
                    "",
                    ConditionsProblemCode.ASSESSMENT_TOO_MANY_ROWS,
                    "A file holds at most " + MAX_ROWS + " rows; split it"));
        }
        if (data.isEmpty()) {
            throw new AssessmentImportException(new AssessmentImportProblem(
                    rows.get(rows.size() - 1).number() + 1,
                    "",
                    ConditionsProblemCode.ASSESSMENT_FILE_EMPTY,
                    "The file has a header but no rows of values"));
        }
        return new AssessmentSheet(positions, data);
    }

    /** The index of the row of HXL hashtags (the first or the second row), or -1 when there is none. */
    private static int hashtagRow(List<AssessmentSheet.Row> rows) {
        for (int i = 0; i < Math.min(2, rows.size()); i++) {
            List<String> filled =
                    rows.get(i).cells().stream().filter(cell -> !cell.isBlank()).toList();
            if (!filled.isEmpty() && filled.stream().allMatch(AssessmentColumn::isHashtag)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<AssessmentColumn, Integer> positions(AssessmentSheet.Row header, boolean hashtags) {
        Map<AssessmentColumn, Integer> positions = new EnumMap<>(AssessmentColumn.class);
        List<AssessmentImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String cell = header.cells().get(i);
            var column = hashtags ? AssessmentColumn.ofHashtag(cell) : AssessmentColumn.ofHeader(cell);
            if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                problems.add(new AssessmentImportProblem(
                        header.number(),
                        column.get().header(),
                        ConditionsProblemCode.ASSESSMENT_COLUMN_TWICE,
                        "Two columns stand for " + column.get().header()));
            }
        }
        for (AssessmentColumn column : AssessmentColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(new AssessmentImportProblem(
                        header.number(),
                        column.header(),
                        ConditionsProblemCode.ASSESSMENT_COLUMN_MISSING,
                        "The file has no " + column.header() + " column" + (hashtags ? " (HXL tag missing)" : "")));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssessmentImportException(problems);
        }
        return positions;
    }

    private static List<AssessmentSheet.Row> csvRows(byte[] file) {
        String text = utf8(file);
        List<AssessmentSheet.Row> rows = new ArrayList<>();
        try (CSVParser parser =
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new AssessmentSheet.Row(number, cells));
                }
                if (rows.size() > MAX_ROWS + 2) {
                    break;
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException broken) {
            throw new AssessmentImportException(new AssessmentImportProblem(
                    0,
                    "",
                    ConditionsProblemCode.ASSESSMENT_CSV_UNREADABLE,
                    "The file is not readable CSV: a quote is left open or a row is malformed"));
        }
        return rows;
    }

    private static String utf8(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new AssessmentImportException(new AssessmentImportProblem(
                    0,
                    "",
                    ConditionsProblemCode.ASSESSMENT_NOT_UTF8,
                    "The file is not UTF-8 text; save it as CSV UTF-8 or as XLSX"));
        }
    }

    private static boolean isZip(byte[] file) {
        return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    }
}
