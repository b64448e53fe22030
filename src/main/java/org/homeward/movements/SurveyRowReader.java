package org.homeward.movements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemCode;
import org.homeward.registry.ImportProblem;

/**
 * The stage of a survey import that reads each data row through the column mapping: the intention,
 * destination, conditions, go-and-see wish and interview day checked and turned into codes, every
 * problem named by row, column and reason. Nothing is looked up in the registry here.
 */
final class SurveyRowReader {

    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");
    private final ColumnMapping mapping;
    private final Map<IntentionField, SurveyHeader.Located> columns;
    private final IntentionDestinations destinations;
    private final LocalDate today;
    private final Map<String, IntentionDestinations.Resolved> resolved = new HashMap<>();

    SurveyRowReader(
            ColumnMapping mapping,
            Map<IntentionField, SurveyHeader.Located> columns,
            IntentionDestinations destinations,
            LocalDate today) {
        this.mapping = mapping;
        this.columns = columns;
        this.destinations = destinations;
        this.today = today;
    }

    /** The answer of a row, or empty with the row's problems added to {@code problems}. */
    Optional<SurveyAnswer> read(SurveySheet.Row row, List<ImportProblem> problems) {
        int before = problems.size();
        Problems found = new Problems(row.number(), problems);
        String reference = cell(row, IntentionField.REFERENCE);
        String document = cell(row, IntentionField.DOCUMENT_NUMBER);
        if (reference.isEmpty() && document.isEmpty()) {
            found.add(
                    columnName(
                            columns.containsKey(IntentionField.REFERENCE)
                                    ? IntentionField.REFERENCE
                                    : IntentionField.DOCUMENT_NUMBER),
                    MovementsProblemCode.HOUSEHOLD_UNIDENTIFIED,
                    "Neither a household reference nor a document number: the household cannot be found");
        }
        IntentionAnswer answer = answer(row, found);
        String destination = destination(row, found);
        List<IntentionCondition> conditions = conditions(row, found);
        boolean goAndSee = goAndSee(row, found);
        LocalDate statedOn = statedOn(row, found);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SurveyAnswer(
                row.number(),
                reference,
                document,
                new IntentionDetails(answer, destination, conditions, goAndSee, statedOn),
                cell(row, IntentionField.SUBMISSION_ID)));
    }

    private IntentionAnswer answer(SurveySheet.Row row, Problems found) {
        String cell = cell(row, IntentionField.INTENTION);
        if (cell.isEmpty()) {
            found.add(
                    columnName(IntentionField.INTENTION),
                    MovementsProblemCode.INTENTION_MISSING,
                    "The intention is not answered");
            return null;
        }
        Optional<IntentionAnswer> answer = IntentionChoices.answer(mapping, cell);
        if (answer.isEmpty()) {
            found.add(
                    columnName(IntentionField.INTENTION),
                    MovementsProblemCode.CHOICE_UNKNOWN,
                    "'" + cell
                            + "' is not a choice the mapping knows for the intention: add it to the mapping's choices");
        }
        return answer.orElse(null);
    }

    private String destination(SurveySheet.Row row, Problems found) {
        String cell = cell(row, IntentionField.DESTINATION);
        if (cell.isEmpty()) {
            return null;
        }
        IntentionDestinations.Resolved place = resolved.computeIfAbsent(cell, destinations::resolve);
        if (!place.found()) {
            found.add(columnName(IntentionField.DESTINATION), place.problemCode(), place.message());
        }
        return place.pcode();
    }

    private List<IntentionCondition> conditions(SurveySheet.Row row, Problems found) {
        String cell = cell(row, IntentionField.CONDITIONS);
        IntentionChoices.Conditions conditions = IntentionChoices.conditions(mapping, cell);
        if (conditions.unknown() != null) {
            found.add(
                    columnName(IntentionField.CONDITIONS),
                    MovementsProblemCode.CHOICE_UNKNOWN,
                    "'" + conditions.unknown()
                            + "' is not a condition the mapping knows: add it to the mapping's choices");
        }
        return conditions.conditions();
    }

    private boolean goAndSee(SurveySheet.Row row, Problems found) {
        String cell = cell(row, IntentionField.GO_AND_SEE);
        if (cell.isEmpty()) {
            return false;
        }
        Optional<Boolean> wish = IntentionChoices.yesOrNo(mapping, cell);
        if (wish.isEmpty()) {
            found.add(
                    columnName(IntentionField.GO_AND_SEE),
                    MovementsProblemCode.CHOICE_UNKNOWN,
                    "'" + cell + "' is neither yes nor no: add it to the mapping's choices for GO_AND_SEE");
        }
        return wish.orElse(false);
    }

    private LocalDate statedOn(SurveySheet.Row row, Problems found) {
        String cell = cell(row, IntentionField.STATED_ON);
        if (cell.isEmpty()) {
            return today;
        }
        Matcher day = DAY.matcher(cell);
        try {
            LocalDate date = LocalDate.parse(day.matches() ? day.group(1) : cell);
            if (date.isAfter(today)) {
                found.add(
                        columnName(IntentionField.STATED_ON),
                        MovementsProblemCode.STATED_IN_FUTURE,
                        "The interview day is in the future");
            }
            return date;
        } catch (DateTimeParseException unreadable) {
            found.add(
                    columnName(IntentionField.STATED_ON),
                    CommonProblemCode.DATE_INVALID,
                    "'" + cell + "' is not a date: write it as YYYY-MM-DD");
            return today;
        }
    }

    private String cell(SurveySheet.Row row, IntentionField field) {
        SurveyHeader.Located column = columns.get(field);
        return column == null ? "" : row.cell(column.index());
    }

    private String columnName(IntentionField field) {
        SurveyHeader.Located column = columns.get(field);
        return column == null ? "" : column.name();
    }

    /** Adds problems of one row. */
    private record Problems(long row, List<ImportProblem> problems) {
        void add(String column, ProblemCode code, String message) {
            problems.add(new ImportProblem(row, column, code, message));
        }
    }

    /** The problems of a file whose header lacks a column the mapping needs. */
    static List<ImportProblem> missingColumns(
            ColumnMapping mapping, Map<IntentionField, SurveyHeader.Located> columns) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!columns.containsKey(IntentionField.INTENTION)) {
            problems.add(new ImportProblem(
                    1,
                    String.join(" | ", mapping.sourcesOf(IntentionField.INTENTION)),
                    CommonProblemCode.COLUMN_MISSING,
                    "No column holds the intention: the file has none of the mapping's columns for it"));
        }
        if (!columns.containsKey(IntentionField.REFERENCE) && !columns.containsKey(IntentionField.DOCUMENT_NUMBER)) {
            List<String> sources = new ArrayList<>(mapping.sourcesOf(IntentionField.REFERENCE));
            sources.addAll(mapping.sourcesOf(IntentionField.DOCUMENT_NUMBER));
            problems.add(
                    new ImportProblem(
                            1,
                            String.join(" | ", sources),
                            CommonProblemCode.COLUMN_MISSING,
                            "No column holds a household reference or a document number: rows cannot be matched to households"));
        }
        return problems;
    }
}
