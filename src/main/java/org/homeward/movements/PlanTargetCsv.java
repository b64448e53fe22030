package org.homeward.movements;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Reads plan targets from CSV with the columns {@code asylum_country,month,crossing,persons}
 * (crossing may be empty). A file that cannot be read is refused whole, naming the row and column.
 */
@Component
class PlanTargetCsv {

    static final List<String> COLUMNS = List.of("asylum_country", "month", "crossing", "persons");
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    List<PlanTarget> read(byte[] file) {
        String text = decode(file);
        List<PlanTarget> targets = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!Set.copyOf(parser.getHeaderNames()).containsAll(COLUMNS)) {
                throw invalid(
                        "header",
                        MovementsProblemCode.CSV_COLUMNS_MISSING,
                        "The first line must name the columns " + String.join(",", COLUMNS));
            }
            for (CSVRecord record : parser) {
                if (targets.size() + problems.size() >= PlanTargetRules.MAX_TARGETS) {
                    throw invalid(
                            "rows",
                            MovementsProblemCode.CSV_TOO_MANY_ROWS,
                            "At most " + PlanTargetRules.MAX_TARGETS + " rows");
                }
                Integer persons = persons(record.get("persons"));
                if (persons == null) {
                    problems.add(new FieldProblem(
                            "row " + (record.getRecordNumber() + 1) + ".persons",
                            MovementsProblemCode.PERSONS_INVALID,
                            "Row " + (record.getRecordNumber() + 1) + ": persons must be a whole number"));
                    continue;
                }
                targets.add(new PlanTarget(
                        record.get("asylum_country"), record.get("month"), record.get("crossing"), persons));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw invalid("file", MovementsProblemCode.CSV_UNREADABLE, "The file is not a readable CSV file");
        }
        if (!problems.isEmpty()) {
            throw new InvalidMovementRequestException(MovementsProblemCode.PLAN_TARGETS_INVALID, problems);
        }
        return targets;
    }

    private static Integer persons(String text) {
        try {
            return text == null || text.isBlank() || text.length() > 9 ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String decode(byte[] file) {
        if (file.length == 0 || file.length > MAX_BYTES) {
            throw invalid(
                    "file",
                    file.length == 0 ? MovementsProblemCode.CSV_EMPTY : MovementsProblemCode.CSV_TOO_LARGE,
                    file.length == 0 ? "The file is empty" : "The file is larger than 2 MB");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw invalid("file", MovementsProblemCode.CSV_NOT_UTF8, "Save the file as UTF-8");
        }
    }

    private static InvalidMovementRequestException invalid(String field, MovementsProblemCode code, String message) {
        return InvalidMovementRequestException.of(MovementsProblemCode.PLAN_TARGETS_INVALID, field, code, message);
    }
}
