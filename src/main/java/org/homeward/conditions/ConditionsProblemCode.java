package org.homeward.conditions;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of area conditions: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
public enum ConditionsProblemCode implements ProblemCode {
    AREA_NOT_FOUND,
    ASSESSMENT_COLUMN_MISSING,
    ASSESSMENT_COLUMN_TWICE,
    ASSESSMENT_CONFLICT,
    ASSESSMENT_CSV_UNREADABLE,
    ASSESSMENT_FILE_EMPTY,
    ASSESSMENT_IMPORT_INVALID,
    ASSESSMENT_NOT_UTF8,
    ASSESSMENT_TOO_MANY_ROWS,
    ASSESSMENT_XLSX_UNREADABLE
}
