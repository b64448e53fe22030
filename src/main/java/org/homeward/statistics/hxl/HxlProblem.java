package org.homeward.statistics.hxl;

import org.homeward.problems.ProblemCode;

/** One thing wrong with an HXL file: where (1-based row and column, 0 for the whole row), a stable code and why. */
record HxlProblem(int row, int column, ProblemCode code, String message) {

    @Override
    public String toString() {
        return "row " + row + (column > 0 ? ", column " + column : "") + ": " + code.name() + " - " + message;
    }
}
