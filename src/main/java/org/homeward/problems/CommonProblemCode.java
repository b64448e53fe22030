package org.homeward.problems;

/**
 * The problem codes that mean the same thing in several features, so that one word has one meaning
 * across Homeward: mostly what goes wrong reading a file that people send in, or a field of any form.
 */
public enum CommonProblemCode implements ProblemCode {
    /** A column the file must have is not in its header row. */
    COLUMN_MISSING,
    /** A country is named that is not one Homeward knows. */
    COUNTRY_UNKNOWN,
    /** A CSV file cannot be read past a row: its quoting is broken. */
    CSV_MALFORMED,
    /** A date is not a day of the calendar written as YYYY-MM-DD. */
    DATE_INVALID,
    /** A date lies in the future where only a day that has passed makes sense. */
    DATE_IN_FUTURE,
    /** The household has no destination where one is needed. */
    DESTINATION_MISSING,
    /** A field is longer than it may be. */
    FIELD_TOO_LONG,
    /** The file has nothing in it, not even a header row. */
    FILE_EMPTY,
    /** The file is not text in UTF-8. */
    FILE_NOT_UTF8,
    /** No household is named where a step needs one. */
    HOUSEHOLD_MISSING,
    /** A member is named that is not one of the household's. */
    MEMBER_UNKNOWN,
    /** A parameter is missing or of the wrong form. */
    PARAMETER_INVALID,
    /** A place name matches several places equally well: it is refused rather than guessed. */
    PLACE_AMBIGUOUS,
    /** A place name or P-code matches no place Homeward knows. */
    PLACE_UNKNOWN,
    /** A reason or note is longer than a free text may be. */
    REASON_TOO_LONG,
    /** The file looks like an XLSX workbook but cannot be read as one. */
    XLSX_UNREADABLE
}
