package org.homeward.movements;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.problems.ProblemException.FieldProblem;

/**
 * A column mapping as sent to be saved: field names of {@link IntentionField} to the columns that
 * may feed them, and to their choices. See {@code docs/intentions.md} for the format.
 */
record ColumnMappingRequest(
        @Size(max = 100) String name,
        @Size(max = 20) Map<String, List<String>> columns,
        @Size(max = 10) Map<String, Map<String, String>> choices) {

    /** The mapping this request describes, or every problem in it at once. */
    ColumnMapping toMapping() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<IntentionField, List<String>> byField = new EnumMap<>(IntentionField.class);
        (columns == null ? Map.<String, List<String>>of() : columns)
                .forEach((field, sources) -> fieldOf(field, "columns", problems)
                        .ifPresent(known -> byField.put(
                                known,
                                sources == null
                                        ? List.of()
                                        : sources.stream()
                                                .map(source -> source == null ? "" : source.strip())
                                                .toList())));
        Map<IntentionField, Map<String, String>> choicesByField = new EnumMap<>(IntentionField.class);
        (choices == null ? Map.<String, Map<String, String>>of() : choices)
                .forEach((field, values) -> fieldOf(field, "choices", problems)
                        .ifPresent(known -> choicesByField.put(known, values == null ? Map.of() : values)));
        ColumnMapping mapping = new ColumnMapping(name == null ? "" : name.strip(), byField, choicesByField);
        problems.addAll(mapping.problems());
        if (!problems.isEmpty()) {
            throw new InvalidColumnMappingException(problems);
        }
        return mapping;
    }

    private static java.util.Optional<IntentionField> fieldOf(String name, String part, List<FieldProblem> problems) {
        try {
            return java.util.Optional.of(IntentionField.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            problems.add(new FieldProblem(
                    part + "." + name,
                    MovementsProblemCode.MAPPING_FIELD_UNKNOWN,
                    "Not an intention field: use " + java.util.Arrays.toString(IntentionField.values())));
            return java.util.Optional.empty();
        }
    }
}
