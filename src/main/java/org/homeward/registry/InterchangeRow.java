package org.homeward.registry;

import java.util.Map;

/**
 * One row of an import file: its row number (the header is row 1), its values by column, the
 * cells as written, and a problem with its shape (wrong number of cells) if it has one.
 */
record InterchangeRow(long number, Map<InterchangeColumn, String> values, String[] raw, ImportProblem shapeProblem) {

    String get(InterchangeColumn column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The name chain of the row's individual, from its eight name columns (blank cells as null). */
    NameChain names() {
        return NameChain.of(
                get(InterchangeColumn.GIVEN_NAME_AR),
                get(InterchangeColumn.GIVEN_NAME_LATIN),
                get(InterchangeColumn.FATHER_NAME_AR),
                get(InterchangeColumn.FATHER_NAME_LATIN),
                get(InterchangeColumn.GRANDFATHER_NAME_AR),
                get(InterchangeColumn.GRANDFATHER_NAME_LATIN),
                get(InterchangeColumn.FAMILY_NAME_AR),
                get(InterchangeColumn.FAMILY_NAME_LATIN));
    }
}
