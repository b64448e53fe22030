package org.homeward.reception;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.problems.CommonProblemCode;

/**
 * Reads a centres file (UTF-8, with or without a byte-order mark, RFC 4180 quoting) into requests,
 * one per row, gathering every cell that cannot be read instead of stopping at the first.
 */
final class CentreCsvReader {

    static final int MAX_ROWS = 5_000;

    /** A row read from the file: its number (the header is row 1) and the centre it describes. */
    record Row(int row, CentreRequest request) {}

    /** The rows read and the problems found while reading them. */
    record Result(List<Row> rows, List<CentreImportProblem> problems) {}

    private CentreCsvReader() {}

    static Result read(byte[] file) {
        List<CentreImportProblem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Result(
                    List.of(),
                    List.of(new CentreImportProblem(
                            1, "", CommonProblemCode.FILE_NOT_UTF8, "Save the file as CSV UTF-8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new StringReader(text);
                CSVParser parser = CSVFormat.RFC4180
                        .builder()
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get()
                        .parse(reader)) {
            return readRecords(parser.getRecords(), problems);
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            // Read from memory, so the only failure is text that is not CSV, such as an unclosed quote.
            return new Result(
                    List.of(),
                    List.of(new CentreImportProblem(
                            1,
                            "",
                            ReceptionProblemCode.FILE_MALFORMED,
                            "The file is not valid CSV (check the quotes)")));
        }
    }

    private static Result readRecords(List<CSVRecord> records, List<CentreImportProblem> problems) {
        if (records.isEmpty()) {
            problems.add(new CentreImportProblem(
                    1, "", CommonProblemCode.FILE_EMPTY, "The file is empty: it has no header row"));
            return new Result(List.of(), problems);
        }
        Map<String, Integer> header = header(records.get(0), problems);
        if (records.size() - 1 > MAX_ROWS) {
            problems.add(new CentreImportProblem(
                    MAX_ROWS + 2,
                    "",
                    ReceptionProblemCode.FILE_TOO_LONG,
                    "A centres file has at most " + MAX_ROWS + " rows"));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int row = (int) record.getRecordNumber();
            if (record.size() != header.size()) {
                problems.add(new CentreImportProblem(
                        row,
                        "",
                        ReceptionProblemCode.ROW_CELL_COUNT,
                        "The row has " + record.size() + " cells, the header " + header.size()));
                continue;
            }
            rows.add(new Row(row, new CentreCsvCells(record, header, row, problems).toRequest()));
        }
        return new Result(rows, problems);
    }

    private static Map<String, Integer> header(CSVRecord record, List<CentreImportProblem> problems) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i).trim().toLowerCase(Locale.ROOT);
            if (header.putIfAbsent(column, i) != null) {
                problems.add(new CentreImportProblem(
                        1, column, ReceptionProblemCode.COLUMN_DUPLICATED, "The column appears twice"));
            }
        }
        for (String required : CentreCsvLayout.REQUIRED) {
            if (!header.containsKey(required)) {
                problems.add(new CentreImportProblem(
                        1,
                        required,
                        CommonProblemCode.COLUMN_MISSING,
                        "The required column is missing; the header needs "
                                + String.join(", ", CentreCsvLayout.REQUIRED)));
            }
        }
        return header;
    }

    static List<String> splitServices(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;|]"))
                .map(String::trim)
                .filter(service -> !service.isEmpty())
                .toList();
    }
}
