package org.homeward.conditions;

import org.homeward.problems.ProblemCode;

/**
 * One thing wrong in an assessments file: the row as a spreadsheet numbers it (the header is row
 * 1; 0 for the file as a whole), the column, a stable code and a sentence for people.
 */
record AssessmentImportProblem(int row, String column, ProblemCode code, String message) {}
