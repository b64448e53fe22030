package org.homeward.allocation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.homeward.files.SpreadsheetCells;

/**
 * Reads typed cells of one CSV file and writes down, instead of failing at once, every cell that
 * cannot be read: the file, the row (header = row 1), the column and why.
 */
final class CsvCells {

    private final String fileName;
    private final List<String> problems;

    CsvCells(String fileName, List<String> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    static long row(CSVRecord record) {
        return record.getRecordNumber() + 1;
    }

    void problem(CSVRecord record, String column, String reason) {
        problems.add(fileName + " row " + row(record) + ", column " + column + ": " + reason);
    }

    /** The cell's text, or empty (with a problem noted) when it is blank. */
    Optional<String> required(CSVRecord record, String column) {
        String value = optional(record, column).orElse("");
        if (value.isEmpty()) {
            problem(record, column, "is empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The cell's trimmed text, empty when blank or when the file has no such column. */
    Optional<String> optional(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return Optional.empty();
        }
        String value = SpreadsheetCells.restored(record.get(column).strip());
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    Optional<Integer> wholeNumber(CSVRecord record, String column, int minimum) {
        return required(record, column).flatMap(text -> wholeNumber(record, column, text, minimum));
    }

    Optional<Integer> optionalWholeNumber(CSVRecord record, String column, int minimum) {
        return optional(record, column).flatMap(text -> wholeNumber(record, column, text, minimum));
    }

    private Optional<Integer> wholeNumber(CSVRecord record, String column, String text, int minimum) {
        try {
            int value = Integer.parseInt(text);
            if (value < minimum) {
                problem(record, column, "'" + text + "' is below the least allowed value, " + minimum);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException notWhole) {
            problem(record, column, "'" + text + "' is not a whole number");
            return Optional.empty();
        }
    }

    Optional<Double> decimal(CSVRecord record, String column, double minimum, double maximum) {
        return required(record, column).flatMap(text -> decimal(record, column, text, minimum, maximum));
    }

    Optional<Double> decimal(CSVRecord record, String column, String text, double minimum, double maximum) {
        try {
            double value = Double.parseDouble(text);
            if (!(value >= minimum && value <= maximum)) {
                problem(record, column, "'" + text + "' is not between " + minimum + " and " + maximum);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException notDecimal) {
            problem(record, column, "'" + text + "' is not a decimal number (use a point: 36.2)");
            return Optional.empty();
        }
    }

    Optional<Boolean> trueOrFalse(CSVRecord record, String column) {
        return required(record, column).flatMap(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problem(record, column, "'" + text + "' is neither true nor false");
                yield Optional.empty();
            }
        });
    }
}
