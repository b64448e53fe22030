package org.homeward.files;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How Homeward reads the cells of an XLSX sheet it streams: where a cell reference such as
 * {@code AB12} sits, and a formatter that shows every cell as the spreadsheet does except dates,
 * which become {@code YYYY-MM-DD} whatever the sheet's date format. One rule for every import.
 */
public final class XlsxCells {

    private XlsxCells() {}

    /** The 0-based column of a cell reference ({@code A1} is 0, {@code AB12} is 27). */
    public static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** A formatter that shows cells as the spreadsheet does, but dates as {@code YYYY-MM-DD}. */
    public static DataFormatter isoDateFormatter() {
        return new IsoDateFormatter();
    }

    private static final class IsoDateFormatter extends DataFormatter {
        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
