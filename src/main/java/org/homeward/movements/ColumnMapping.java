package org.homeward.movements;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.problems.ProblemException.FieldProblem;

/**
 * A saved way of reading one kind of survey export: for each intention field, the columns that may
 * feed it (by column name, label or HXL hashtag; the first one present in a file is used), and for
 * the fields with choices, what the survey's choice names or labels mean in Homeward's codes.
 */
record ColumnMapping(
        String name, Map<IntentionField, List<String>> columns, Map<IntentionField, Map<String, String>> choices) {

    static final int MAX_NAME = 100;
    static final int MAX_ALTERNATIVES = 20;
    static final int MAX_CHOICES = 200;

    ColumnMapping {
        columns = Map.copyOf(columns);
        Map<IntentionField, Map<String, String>> folded = new EnumMap<>(IntentionField.class);
        choices.forEach((field, values) -> {
            Map<String, String> byKey = new LinkedHashMap<>();
            values.forEach((key, code) -> byKey.put(fold(key), code));
            folded.put(field, Map.copyOf(byKey));
        });
        choices = Map.copyOf(folded);
    }

    /** The columns that may feed a field, in the order they are tried; empty when the field is not mapped. */
    List<String> sourcesOf(IntentionField field) {
        return columns.getOrDefault(field, List.of());
    }

    /** What a cell's value means for a field: the mapped code, or the value itself when it already is one. */
    Optional<String> choice(IntentionField field, String value) {
        String mapped = choices.getOrDefault(field, Map.of()).get(fold(value));
        return Optional.ofNullable(mapped);
    }

    /** The choice keys of a field, folded, for splitting a select-multiple answer. */
    java.util.Set<String> choiceKeys(IntentionField field) {
        return choices.getOrDefault(field, Map.of()).keySet();
    }

    /** Values are compared without regard to case, outer spaces or runs of spaces. */
    static String fold(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** What is wrong with this mapping as a whole; empty when it can be saved and used. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            problems.add(new FieldProblem(
                    "name",
                    MovementsProblemCode.MAPPING_NAME_INVALID,
                    "Give the mapping a name of at most 100 characters"));
        }
        if (sourcesOf(IntentionField.INTENTION).isEmpty()) {
            problems.add(new FieldProblem(
                    "columns.INTENTION",
                    MovementsProblemCode.MAPPING_INTENTION_MISSING,
                    "Say which column holds the intention"));
        }
        if (sourcesOf(IntentionField.REFERENCE).isEmpty()
                && sourcesOf(IntentionField.DOCUMENT_NUMBER).isEmpty()) {
            problems.add(new FieldProblem(
                    "columns.REFERENCE",
                    MovementsProblemCode.MAPPING_MATCH_MISSING,
                    "Say which column holds the household reference or a document number, to find the household"));
        }
        columns.forEach((field, sources) -> {
            if (sources.size() > MAX_ALTERNATIVES
                    || sources.stream()
                            .anyMatch(source -> source == null || source.isBlank() || source.length() > 200)) {
                problems.add(new FieldProblem(
                        "columns." + field,
                        MovementsProblemCode.MAPPING_COLUMN_INVALID,
                        "Name at most 20 columns for a field, each of 1 to 200 characters"));
            }
        });
        choices.forEach((field, values) -> choiceProblems(field, values, problems));
        return problems;
    }

    private static void choiceProblems(IntentionField field, Map<String, String> values, List<FieldProblem> problems) {
        if (!field.hasChoices() || values.size() > MAX_CHOICES) {
            problems.add(new FieldProblem(
                    "choices." + field,
                    MovementsProblemCode.MAPPING_CHOICES_INVALID,
                    "Only INTENTION, CONDITIONS and GO_AND_SEE take choices, at most 200 each"));
            return;
        }
        for (Map.Entry<String, String> choice : values.entrySet()) {
            if (!IntentionChoices.isCode(field, choice.getValue())
                    || choice.getKey().length() > 200) {
                problems.add(new FieldProblem(
                        "choices." + field,
                        MovementsProblemCode.MAPPING_CHOICE_UNKNOWN_CODE,
                        "'" + choice.getValue() + "' is not a code of " + field + ": use "
                                + IntentionChoices.codesOf(field)));
            }
        }
    }
}
