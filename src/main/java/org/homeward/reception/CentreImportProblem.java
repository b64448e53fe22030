package org.homeward.reception;

import org.homeward.problems.ProblemCode;

/**
 * One thing wrong in a centres file: the row (the header is row 1, as in a spreadsheet), the
 * column, a stable code and a sentence for people.
 */
record CentreImportProblem(int row, String column, ProblemCode code, String message) {}
