package org.homeward.problems;

/**
 * The problem codes that mean the same thing in several features, so that one word has one meaning
 * across Homeward: mostly what goes wrong reading a file that people send in.
 */
public enum CommonProblemCode implements ProblemCode {
    /** A column the file must have is not in its header row. */
    COLUMN_MISSING,
    /** A CSV file cannot be read past a row: its quoting is broken. */
    CSV_MALFORMED,
    /** The file has nothing in it, not even a header row. */
    FILE_EMPTY,
    /** A reason or note is longer than a free text may be. */
    REASON_TOO_LONG,
    /** The file looks like an XLSX workbook but cannot be read as one. */
    XLSX_UNREADABLE
}
