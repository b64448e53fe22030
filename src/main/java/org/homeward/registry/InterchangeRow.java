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
}
