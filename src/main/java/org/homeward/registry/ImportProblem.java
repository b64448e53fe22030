package org.homeward.registry;

import org.homeward.problems.ProblemCode;

/**
 * One problem found in an import file: the row (1 = header row), the column (empty for the whole
 * row or file), a stable code and a sentence.
 */
public record ImportProblem(long row, String column, ProblemCode code, String message) {

    @Override
    public String toString() {
        return "row " + row + (column == null || column.isEmpty() ? "" : ", column " + column) + ": " + message + " ["
                + code.name() + "]";
    }
}
