package org.homeward.files;

/**
 * The rule every CSV Homeward writes follows so that a spreadsheet opening it runs no formula
 * (OWASP's "CSV injection"): a text cell whose first character is {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a single quote in front. Readers of Homeward's own
 * files take that quote off again with {@link #restored}, so a phone {@code +963…} survives the
 * round trip. Only a quote followed (past any further quotes) by one of those characters is taken off.
 */
public final class SpreadsheetCells {

    private static final char QUOTE = '\'';

    private SpreadsheetCells() {}

    /**
     * The text as a CSV cell: quoted in front when a spreadsheet would evaluate it; null stays null.
     * Text that already starts with quotes before such a character gets one more, so that reading
     * it back gives exactly what was written.
     */
    public static String neutralised(String text) {
        return text != null && startsAsFormula(text, 0) ? QUOTE + text : text;
    }

    /** A value as a CSV cell: numbers are left as numbers, anything else is neutralised text. */
    public static Object neutralised(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return neutralised(value.toString());
    }

    /** A cell read back from a file Homeward wrote: the quote it added, and only that quote, taken off. */
    public static String restored(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == QUOTE && startsAsFormula(cell, 1)
                ? cell.substring(1)
                : cell;
    }

    /** Whether, from {@code at} and past any quotes, the text starts with a character a spreadsheet acts on. */
    private static boolean startsAsFormula(String text, int at) {
        int first = at;
        while (first < text.length() && text.charAt(first) == QUOTE) {
            first++;
        }
        return first < text.length() && isTrigger(text.charAt(first));
    }

    private static boolean isTrigger(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
