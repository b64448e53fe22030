package org.homeward.reception;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.homeward.files.SpreadsheetCells;

/** The cells of one row of a centres file, read as numbers and flags, with a problem for each cell that is not. */
final class CentreCsvCells {

    private final CSVRecord record;
    private final Map<String, Integer> header;
    private final int row;
    private final List<CentreImportProblem> problems;

    CentreCsvCells(CSVRecord record, Map<String, Integer> header, int row, List<CentreImportProblem> problems) {
        this.record = record;
        this.header = header;
        this.row = row;
        this.problems = problems;
    }

    CentreRequest toRequest() {
        return new CentreRequest(
                text(CentreCsvLayout.CENTRE_ID),
                text(CentreCsvLayout.NAME_EN),
                text(CentreCsvLayout.NAME_AR),
                text(CentreCsvLayout.TOWN),
                text(CentreCsvLayout.TOWN_AR),
                text(CentreCsvLayout.PCODE),
                decimal(CentreCsvLayout.LATITUDE),
                decimal(CentreCsvLayout.LONGITUDE),
                whole(CentreCsvLayout.CAPACITY_PERSONS),
                whole(CentreCsvLayout.CAPACITY_FAMILIES),
                whole(CentreCsvLayout.ACCESSIBLE_UNITS),
                CentreCsvReader.splitServices(text(CentreCsvLayout.SERVICES)),
                flag(CentreCsvLayout.OPEN),
                null);
    }

    private String text(String column) {
        Integer index = header.get(column);
        if (index == null) {
            return null;
        }
        // A centres file Homeward wrote quotes values a spreadsheet would evaluate; the quote is not part of the value.
        String value = SpreadsheetCells.restored(record.get(index));
        return value.isEmpty() ? null : value;
    }

    private Double decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new CentreImportProblem(
                    row,
                    column,
                    ReceptionProblemCode.NOT_A_NUMBER,
                    "'" + value + "' is not a number; write decimals with a point, e.g. 33.5138"));
            return null;
        }
    }

    private Integer whole(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new CentreImportProblem(
                    row, column, ReceptionProblemCode.NOT_A_WHOLE_NUMBER, "'" + value + "' is not a whole number"));
            return null;
        }
    }

    private Boolean flag(String column) {
        String value = text(column);
        if (value == null) {
            problems.add(
                    new CentreImportProblem(row, column, ReceptionProblemCode.OPEN_MISSING, "Write true or false"));
            return Boolean.TRUE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problems.add(new CentreImportProblem(
                        row, column, ReceptionProblemCode.OPEN_INVALID, "'" + value + "': write true or false"));
                yield Boolean.TRUE;
            }
        };
    }
}
